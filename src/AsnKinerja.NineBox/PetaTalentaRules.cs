using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.NineBox;

/// <summary>
/// The talent-map rules of each rule set as rules objects (<see cref="IPetaTalentaRules"/>): PermenPANRB 3/2020
/// (<see cref="PermenPanRb3Tahun2020"/>) and its amendment PermenPANRB 20/2025 (<see cref="PermenPanRb20Tahun2025"/>),
/// which places employees by the predicate set after the distribution and reads potential from assessment-centre
/// results. Every placement explains itself.
/// </summary>
/// <remarks>
/// Configure an instance with <see cref="IPetaTalentaRules.WithOptions"/>; compose a registry from <see cref="All"/>.
/// Stateless and thread-safe. The table itself is [H]; the mapping of predicates to levels, the years that count, the
/// potential score cut-offs and, under 20/2025, a predicate not yet set and a potential from another source are [L]
/// policies (<see cref="PetaTalentaOptions"/>), reported in every explanation that used them.
/// </remarks>
public static class PetaTalentaRules
{
    private static readonly RegulationReference Matriks = new(RegulationNames.PermenPanRb3Tahun2020, "Lampiran: matriks sembilan kotak talenta (kinerja × potensial)", Confidence.High);

    private static readonly RegulationReference MatriksPerubahan = new(RegulationNames.PermenPanRb20Tahun2025, "Pasal 17: sumbu kinerja dari predikat kinerja yang ditetapkan setelah pola distribusi; matriks sembilan kotak PermenPANRB 3/2020", Confidence.Medium);

    /// <summary>
    /// The talent-map rules of PermenPANRB 3/2020 as it stood before its amendment, with the documented default policies:
    /// the performance axis reads each year's predicate on record (<see cref="KinerjaTahunan.Predikat"/>: the one set
    /// after the distribution when there is one, otherwise the computed one). The rule set of talent years before 2025.
    /// </summary>
    public static IPetaTalentaRules PermenPanRb3Tahun2020 { get; } = new BuiltInPetaTalentaRules(RuleSet.PermenPanRb3Tahun2020, Matriks, bacaPredikatDitetapkan: false, PetaTalentaOptions.Default);

    /// <summary>
    /// The talent-map rules of PermenPANRB 20/2025 (decisions from 31 December 2025 about talent years from 2025), with the
    /// documented default policies: the performance axis reads the predicate set after the distribution check
    /// (<see cref="KinerjaTahunan.PredikatDitetapkan"/>), never the computed one unless
    /// <see cref="PetaTalentaOptions.PredikatBelumDitetapkan"/> allows it (<c>NBX006</c>), and a potential not from an
    /// assessment centre is handled by <see cref="PetaTalentaOptions.SumberPotensial"/> (<c>NBX007</c>). The box
    /// numbering and follow-ups are those of 3/2020.
    /// </summary>
    public static IPetaTalentaRules PermenPanRb20Tahun2025 { get; } = new BuiltInPetaTalentaRules(RuleSet.PermenPanRb20Tahun2025, MatriksPerubahan, bacaPredikatDitetapkan: true, PetaTalentaOptions.Default);

    /// <summary>Every built-in talent-map rules object, with its default policies, oldest rule set first.</summary>
    public static ImmutableArray<IPetaTalentaRules> All { get; } = ImmutableArray.Create(PermenPanRb3Tahun2020, PermenPanRb20Tahun2025);

    /// <summary>The explanation of a box reached directly (the body of <see cref="IPetaTalentaRules.Explain"/>).</summary>
    internal static Explanation Explain(BuiltInPetaTalentaRules rules, KotakTalenta kotak)
    {
        Preconditions.CheckArgument(!kotak.IsEmpty, nameof(kotak), "The talent box is empty (default).");
        var inputs = new[]
        {
            FindingValue.Of("kinerja", kotak.Kinerja.ToString()),
            FindingValue.Of("potensial", kotak.Potensial.ToString()),
            FindingValue.Of("kotak", kotak.Nomor),
        };
        return Build(rules, kotak, inputs, Array.Empty<AppliedPolicy>());
    }

    /// <summary>One placement (the body of <see cref="IPetaTalentaRules.Evaluate"/>).</summary>
    internal static PenempatanTalentaResult Evaluate(BuiltInPetaTalentaRules rules, DataTalentaPegawai pegawai, int tahun)
    {
        Preconditions.CheckNotNull(pegawai);
        CheckTahun(tahun);
        var findings = new List<Finding>();
        var belumBerlaku = CheckRuleSetInForce(rules, tahun, pegawai.Nip.ToString());
        if (belumBerlaku is not null)
        {
            findings.Add(belumBerlaku);
        }

        var placement = EvaluateCore(rules, pegawai, tahun, findings);
        return new PenempatanTalentaResult(rules.RuleSet.Id, rules.Options, pegawai, tahun, placement, findings.ToImmutableArray());
    }

    /// <summary>The map of a unit (the body of <see cref="IPetaTalentaRules.EvaluateUnit"/>).</summary>
    internal static PetaTalentaUnit EvaluateUnit(BuiltInPetaTalentaRules rules, IEnumerable<DataTalentaPegawai> pegawai, int tahun)
    {
        Preconditions.CheckNotNull(pegawai);
        CheckTahun(tahun);
        var all = pegawai.ToList();
        Preconditions.CheckArgument(all.TrueForAll(p => p is not null), nameof(pegawai), "The employees must not contain null.");

        var findings = new List<Finding>();
        var belumBerlaku = CheckRuleSetInForce(rules, tahun, string.Empty);
        if (belumBerlaku is not null)
        {
            findings.Add(belumBerlaku);
        }

        var placements = new List<PenempatanTalenta>();
        var changes = new List<PerubahanKotakTalenta>();
        foreach (var group in all.GroupBy(p => p.Nip).OrderBy(g => g.Key))
        {
            var entries = group.ToList();
            var nip = group.Key.ToString();
            if (entries.Count > 1)
            {
                findings.Add(PetaTalentaFindings.PegawaiGanda.Create(nip, FindingValue.Of("nip", nip), FindingValue.Of("jumlah", entries.Count)));
                continue;
            }

            var data = entries[0];
            var placement = EvaluateCore(rules, data, tahun, findings);
            if (placement is null)
            {
                continue;
            }

            placements.Add(placement);
            KotakTalenta? previous = data.KotakTahunSebelumnya;
            var recorded = previous is not null;
            if (!recorded && tahun - 1 > KinerjaTahunan.TahunMinimum)
            {
                // The previous box is computed with the same rules, so a change of box reflects the data, not a change of rule set.
                previous = EvaluateCore(rules, data, tahun - 1, new List<Finding>())?.Kotak;
            }

            if (previous is not { } dari)
            {
                findings.Add(PetaTalentaFindings.KotakSebelumnyaTidakDiketahui.Create(nip, FindingValue.Of("nip", nip), FindingValue.Of("tahunSebelumnya", tahun - 1)));
            }
            else if (dari != placement.Kotak)
            {
                changes.Add(new PerubahanKotakTalenta(data.Nip, dari, placement.Kotak, recorded));
            }
        }

        return new PetaTalentaUnit(rules.RuleSet.Id, rules.Options, tahun, placements.ToImmutableArray(), changes.ToImmutableArray(), findings.ToImmutableArray(), rules.Policies);
    }

    private static PenempatanTalenta? EvaluateCore(BuiltInPetaTalentaRules rules, DataTalentaPegawai pegawai, int tahun, List<Finding> findings)
    {
        var options = rules.Options;
        var nip = pegawai.Nip.ToString();
        var years = options.GetTahunDibutuhkan(tahun);
        var missing = years.Where(y => pegawai.GetKinerja(y) is null).OrderBy(y => y).ToList();
        if (missing.Count > 0)
        {
            findings.Add(PetaTalentaFindings.KinerjaTidakLengkap.Create(
                nip,
                FindingValue.Of("nip", nip),
                FindingValue.Of("tahun", tahun),
                FindingValue.Of("tahunKosong", string.Join(", ", missing.Select(y => y.ToString(CultureInfo.InvariantCulture)))),
                FindingValue.Of("kebijakan", options.PenggabunganPolicy.ToString())));
            return null;
        }

        var policies = new List<AppliedPolicy> { options.PemetaanPredikatPolicy, options.PenggabunganPolicy };
        if (pegawai.Potensial.IsSkor)
        {
            policies.Add(options.BatasSkorPolicy);
        }

        if (rules.BacaPredikatDitetapkan && !CheckPerubahan2025(options, pegawai, tahun, years, findings, policies))
        {
            return null;
        }

        var inputs = new List<FindingValue> { FindingValue.Of("nip", nip), FindingValue.Of("tahun", tahun) };
        var levels = new List<Ekspektasi>(years.Length);
        foreach (var year in years)
        {
            var kinerjaTahunan = pegawai.GetKinerja(year)!.Value;
            var predikat = rules.BacaPredikatDitetapkan ? kinerjaTahunan.PredikatDitetapkan ?? kinerjaTahunan.PredikatTerhitung!.Value : kinerjaTahunan.Predikat;
            var level = options.GetKinerja(predikat);
            levels.Add(level);
            var suffix = "[" + year.ToString(CultureInfo.InvariantCulture) + "]";
            inputs.Add(FindingValue.Of("predikat" + suffix, predikat.ToString()));
            if (rules.BacaPredikatDitetapkan || !kinerjaTahunan.IsDitetapkan)
            {
                // Under 3/2020 the status is shown only when the predicate read is a computed one, so a reader sees it.
                inputs.Add(FindingValue.Of("status" + suffix, kinerjaTahunan.IsDitetapkan ? "Ditetapkan" : "Terhitung"));
            }

            inputs.Add(FindingValue.Of("kinerja" + suffix, level.ToString()));
        }

        var kinerja = options.Combine(levels);
        var potensial = pegawai.Potensial.ToTingkat(options);
        var kotak = KotakTalenta.Of(kinerja, potensial);

        if (levels.Count == 2 && Math.Abs((int)levels[0] - (int)levels[1]) == 2)
        {
            findings.Add(PetaTalentaFindings.KinerjaBerfluktuasi.Create(
                nip,
                FindingValue.Of("nip", nip),
                FindingValue.Of("tahun", years[0]),
                FindingValue.Of("kinerjaTerakhir", levels[0].ToLabel()),
                FindingValue.Of("tahunSebelumnya", years[1]),
                FindingValue.Of("kinerjaSebelumnya", levels[1].ToLabel()),
                FindingValue.Of("kinerja", kinerja.ToLabel()),
                FindingValue.Of("kebijakan", options.PenggabunganPolicy.ToString())));
        }

        inputs.Add(FindingValue.Of("kinerja", kinerja.ToString()));
        if (pegawai.Potensial.Skor is { } skor)
        {
            inputs.Add(FindingValue.Of("skorPotensial", skor));
        }

        if (rules.BacaPredikatDitetapkan)
        {
            inputs.Add(FindingValue.Of("sumberPotensial", pegawai.Potensial.Sumber?.ToString() ?? "-"));
        }

        inputs.Add(FindingValue.Of("potensial", potensial.ToString()));
        inputs.Add(FindingValue.Of("kotak", kotak.Nomor));
        return new PenempatanTalenta(rules.RuleSet.Id, options, pegawai, tahun, kotak, Build(rules, kotak, inputs, policies));
    }

    /// <summary>
    /// What PermenPANRB 20/2025 adds: the years read must have a predicate set after the distribution (NBX006 under the
    /// policy <see cref="PetaTalentaOptions.PredikatBelumDitetapkan"/>), and the potential should come from an assessment
    /// centre (NBX007 under <see cref="PetaTalentaOptions.SumberPotensial"/>). Both are checked, so every error is
    /// reported at once; false when the employee is not placed. The policies used are added to <paramref name="policies"/>.
    /// </summary>
    private static bool CheckPerubahan2025(PetaTalentaOptions options, DataTalentaPegawai pegawai, int tahun, ImmutableArray<int> years, List<Finding> findings, List<AppliedPolicy> policies)
    {
        var nip = pegawai.Nip.ToString();
        var placed = true;
        var belum = years.Where(y => !pegawai.GetKinerja(y)!.Value.IsDitetapkan).OrderBy(y => y).ToList();
        if (belum.Count > 0)
        {
            var tolak = options.PredikatBelumDitetapkan == KebijakanPredikatBelumDitetapkan.TidakDipetakan;
            placed = !tolak;
            policies.Add(options.PredikatBelumDitetapkanPolicy);
            findings.Add(PetaTalentaFindings.PredikatBelumDitetapkan.Create(
                tolak ? FindingSeverity.Error : FindingSeverity.Warning,
                nip,
                FindingValue.Of("nip", nip),
                FindingValue.Of("tahun", tahun),
                FindingValue.Of("tahunBelumDitetapkan", string.Join(", ", belum.Select(y => y.ToString(CultureInfo.InvariantCulture)))),
                FindingValue.Of("kebijakan", options.PredikatBelumDitetapkanPolicy.ToString()),
                FindingValue.Of("akibat", options.PredikatBelumDitetapkan.ToString())));
        }

        policies.Add(options.SumberPotensialPolicy);
        if (pegawai.Potensial.Sumber != SumberPotensial.AssessmentCenter)
        {
            var wajib = options.SumberPotensial == KebijakanSumberPotensial.Wajib;
            placed &= !wajib;
            findings.Add(PetaTalentaFindings.PotensialBukanAssessmentCenter.Create(
                wajib ? FindingSeverity.Error : FindingSeverity.Warning,
                nip,
                FindingValue.Of("nip", nip),
                FindingValue.Of("sumber", pegawai.Potensial.Sumber is null ? "TidakDinyatakan" : nameof(SumberPotensial.Lainnya)),
                FindingValue.Of("kebijakan", options.SumberPotensialPolicy.ToString()),
                FindingValue.Of("akibat", options.SumberPotensial.ToString())));
        }

        return placed;
    }

    private static Explanation Build(BuiltInPetaTalentaRules rules, KotakTalenta kotak, IEnumerable<FindingValue> inputs, IEnumerable<AppliedPolicy> policies)
    {
        var rule = string.Format(CultureInfo.InvariantCulture, "KotakTalenta[kinerja={0},potensial={1}]={2}", kotak.Kinerja, kotak.Potensial, kotak.Nomor);
        var values = new[]
        {
            FindingValue.OfText("labelKinerja", new LocalizedText(kotak.Kinerja.ToLabel(), PetaTalentaLabels.ToEnglishLabel(kotak.Kinerja))),
            FindingValue.OfText("labelPotensial", new LocalizedText(kotak.Potensial.ToLabel(), PetaTalentaLabels.ToEnglishLabel(kotak.Potensial))),
            FindingValue.Of("nomor", kotak.Nomor),
            FindingValue.Of("suksesi", kotak.IsKelompokRencanaSuksesi ? "ya" : "tidak"),
            FindingValue.OfText("tindakLanjut", new LocalizedText(string.Join("; ", kotak.Rekomendasi.Select(r => r.Uraian.Indonesian)), string.Join("; ", kotak.Rekomendasi.Select(r => r.Uraian.English)))),
        };
        return PetaTalentaExplanations.Kotak.Create(rules.RuleSet.Id, rule, inputs, values, policies, rules.Matriks);
    }

    private static Finding? CheckRuleSetInForce(BuiltInPetaTalentaRules rules, int tahun, string subject)
    {
        var ruleSet = rules.RuleSet;
        if (!rules.BacaPredikatDitetapkan)
        {
            // PermenPANRB 3/2020 as shipped: a warning for a map year before the regulation.
            return ruleSet.AppliesOn(new LocalDate(tahun, 12, 31))
                ? null
                : PetaTalentaFindings.AturanBelumBerlaku.Create(
                    subject,
                    FindingValue.Of("tahun", tahun),
                    FindingValue.Of("berlaku", ruleSet.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return ruleSet.Governs(PeriodeKinerja.Tahunan(tahun))
            ? null
            : PetaTalentaFindings.TahunDiLuarAturan.Create(
                subject,
                FindingValue.Of("tahun", tahun),
                FindingValue.Of("aturan", ruleSet.ShortName),
                FindingValue.Of("tahunAwal", ruleSet.PeriodsFrom.Year));
    }

    private static void CheckTahun(int tahun, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(tahun))] string? paramName = null) =>
        Preconditions.CheckRange(tahun, KinerjaTahunan.TahunMinimum + 1, KinerjaTahunan.TahunMaksimum, paramName);
}
