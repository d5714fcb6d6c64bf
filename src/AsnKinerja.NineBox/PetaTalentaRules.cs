using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.NineBox;

/// <summary>
/// The rules of the ASN talent map (PermenPANRB 3/2020 as amended by PermenPANRB 20/2025): placing an employee in a
/// box from the performance and potential levels, and the map of a unit or agency. Every placement explains itself.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The rule set is <see cref="RuleSetId.PermenPanRb3Tahun2020"/>. The table itself is
/// [H]; the mapping of predicates to levels, the years that count and the potential score cut-offs are [L] policies
/// (<see cref="PetaTalentaOptions"/>), reported in every explanation that used them.
/// </remarks>
public static class PetaTalentaRules
{
    private static readonly RegulationReference Matriks = new(RegulationNames.PermenPanRb3Tahun2020, "Lampiran: matriks sembilan kotak talenta (kinerja × potensial)", Confidence.High);

    /// <summary>The rule set these rules belong to.</summary>
    public static RuleSetId RuleSet => RuleSetId.PermenPanRb3Tahun2020;

    /// <summary>The regulation the nine-box table rests on.</summary>
    public static RegulationReference Source => Matriks;

    /// <summary>The explanation of a box reached directly from the two levels (no policy involved).</summary>
    /// <param name="kotak">The box.</param>
    /// <returns>The explanation: the table cell, the two levels and the source.</returns>
    /// <exception cref="ArgumentException"><paramref name="kotak"/> is empty.</exception>
    public static Explanation Explain(KotakTalenta kotak)
    {
        Preconditions.CheckArgument(!kotak.IsEmpty, nameof(kotak), "The talent box is empty (default).");
        var inputs = new[]
        {
            FindingValue.Of("kinerja", kotak.Kinerja.ToString()),
            FindingValue.Of("potensial", kotak.Potensial.ToString()),
            FindingValue.Of("kotak", kotak.Nomor),
        };
        return Build(kotak, inputs, Array.Empty<AppliedPolicy>());
    }

    /// <summary>Places one employee in the talent map of a year.</summary>
    /// <param name="pegawai">The employee's predicates and potential.</param>
    /// <param name="tahun">The year of the map (the latest performance year that counts), 1901 to 2099.</param>
    /// <param name="options">The policies; null for <see cref="PetaTalentaOptions.Default"/>.</param>
    /// <returns>The placement with its explanation, or the findings that prevent it (<c>NBX001</c>); warnings either way.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tahun"/> is out of range.</exception>
    public static PenempatanTalentaResult Evaluate(DataTalentaPegawai pegawai, int tahun, PetaTalentaOptions? options = null)
    {
        Preconditions.CheckNotNull(pegawai);
        CheckTahun(tahun);
        options ??= PetaTalentaOptions.Default;
        var findings = new List<Finding>();
        var belumBerlaku = CheckRuleSetInForce(tahun, pegawai.Nip.ToString());
        if (belumBerlaku is not null)
        {
            findings.Add(belumBerlaku);
        }

        var placement = EvaluateCore(pegawai, tahun, options, findings);
        return new PenempatanTalentaResult(placement, findings.ToImmutableArray());
    }

    /// <summary>
    /// The talent map of a unit or agency for a year: each employee placed as by <see cref="Evaluate"/>, the count per
    /// box, the succession pool, the changes since the previous year, and the findings. The result does not depend on
    /// the order of <paramref name="pegawai"/>.
    /// </summary>
    /// <param name="pegawai">The employees; each NIP once (a NIP listed twice is <c>NBX002</c> and is not placed).</param>
    /// <param name="tahun">The year of the map, 1901 to 2099.</param>
    /// <param name="options">The policies; null for <see cref="PetaTalentaOptions.Default"/>.</param>
    /// <returns>The unit's map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pegawai"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tahun"/> is out of range.</exception>
    public static PetaTalentaUnit EvaluateUnit(IEnumerable<DataTalentaPegawai> pegawai, int tahun, PetaTalentaOptions? options = null)
    {
        Preconditions.CheckNotNull(pegawai);
        CheckTahun(tahun);
        options ??= PetaTalentaOptions.Default;
        var all = pegawai.ToList();
        Preconditions.CheckArgument(all.TrueForAll(p => p is not null), nameof(pegawai), "The employees must not contain null.");

        var findings = new List<Finding>();
        var belumBerlaku = CheckRuleSetInForce(tahun, string.Empty);
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
            var placement = EvaluateCore(data, tahun, options, findings);
            if (placement is null)
            {
                continue;
            }

            placements.Add(placement);
            KotakTalenta? previous = data.KotakTahunSebelumnya;
            var recorded = previous is not null;
            if (!recorded && tahun - 1 > KinerjaTahunan.TahunMinimum)
            {
                previous = EvaluateCore(data, tahun - 1, options, new List<Finding>())?.Kotak;
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

        return new PetaTalentaUnit(tahun, placements.ToImmutableArray(), changes.ToImmutableArray(), findings.ToImmutableArray(), options.Policies);
    }

    private static PenempatanTalenta? EvaluateCore(DataTalentaPegawai pegawai, int tahun, PetaTalentaOptions options, List<Finding> findings)
    {
        var nip = pegawai.Nip.ToString();
        var years = options.GetTahunDibutuhkan(tahun);
        var missing = years.Where(y => pegawai.GetPredikat(y) is null).OrderBy(y => y).ToList();
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

        var inputs = new List<FindingValue> { FindingValue.Of("nip", nip), FindingValue.Of("tahun", tahun) };
        var levels = new List<Ekspektasi>(years.Length);
        foreach (var year in years)
        {
            var predikat = pegawai.GetPredikat(year)!.Value;
            var level = options.GetKinerja(predikat);
            levels.Add(level);
            var suffix = "[" + year.ToString(CultureInfo.InvariantCulture) + "]";
            inputs.Add(FindingValue.Of("predikat" + suffix, predikat.ToString()));
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

        inputs.Add(FindingValue.Of("potensial", potensial.ToString()));
        inputs.Add(FindingValue.Of("kotak", kotak.Nomor));

        var policies = pegawai.Potensial.IsSkor
            ? new[] { options.PemetaanPredikatPolicy, options.PenggabunganPolicy, options.BatasSkorPolicy }
            : new[] { options.PemetaanPredikatPolicy, options.PenggabunganPolicy };
        return new PenempatanTalenta(pegawai.Nip, tahun, kotak, Build(kotak, inputs, policies));
    }

    private static Explanation Build(KotakTalenta kotak, IEnumerable<FindingValue> inputs, IEnumerable<AppliedPolicy> policies)
    {
        var rule = string.Format(CultureInfo.InvariantCulture, "KotakTalenta[kinerja={0},potensial={1}]={2}", kotak.Kinerja, kotak.Potensial, kotak.Nomor);
        var values = new[]
        {
            FindingValue.OfText("labelKinerja", new LocalizedText(kotak.Kinerja.ToLabel(), PetaTalentaLabels.ToEnglishLabel(kotak.Kinerja))),
            FindingValue.OfText("labelPotensial", new LocalizedText(kotak.Potensial.ToLabel(), PetaTalentaLabels.ToEnglishLabel(kotak.Potensial))),
            FindingValue.Of("nomor", kotak.Nomor),
            FindingValue.Of("suksesi", kotak.IsKelompokRencanaSuksesi ? "ya" : "tidak"),
            FindingValue.OfText("tindakLanjut", new LocalizedText(string.Join("; ", kotak.Rekomendasi.Select(r => r.UraianId)), string.Join("; ", kotak.Rekomendasi.Select(r => r.UraianEn)))),
        };
        return PetaTalentaExplanations.Kotak.Create(RuleSet, rule, inputs, values, policies, Matriks);
    }

    private static Finding? CheckRuleSetInForce(int tahun, string subject)
    {
        var ruleSet = AsnKinerja.RuleSet.PermenPanRb3Tahun2020;
        return ruleSet.AppliesOn(new LocalDate(tahun, 12, 31))
            ? null
            : PetaTalentaFindings.AturanBelumBerlaku.Create(
                subject,
                FindingValue.Of("tahun", tahun),
                FindingValue.Of("berlaku", ruleSet.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static void CheckTahun(int tahun, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(tahun))] string? paramName = null) =>
        Preconditions.CheckRange(tahun, KinerjaTahunan.TahunMinimum + 1, KinerjaTahunan.TahunMaksimum, paramName);
}
