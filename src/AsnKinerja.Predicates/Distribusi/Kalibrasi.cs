using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>One employee as input to calibration: an identifier, the computed predicate and an optional ranking score.</summary>
/// <remarks>Immutable and thread-safe. Equality compares all parts.</remarks>
public sealed class PegawaiKalibrasi : IEquatable<PegawaiKalibrasi>
{
    /// <summary>Creates the input record.</summary>
    /// <param name="id">The employee's identifier (e.g. the NIP as text).</param>
    /// <param name="predikat">The computed predicate.</param>
    /// <param name="skor">An optional ranking score: higher is better (e.g. the PPK's ranking inside the unit).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or the predicate undefined.</exception>
    public PegawaiKalibrasi(string id, PredikatKinerja predikat, decimal? skor = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Predikat = Preconditions.CheckDefined(predikat);
        Skor = skor;
    }

    /// <summary>The employee's identifier.</summary>
    public string Id { get; }

    /// <summary>The computed predicate.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The ranking score, or null.</summary>
    public decimal? Skor { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PegawaiKalibrasi? left, PegawaiKalibrasi? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PegawaiKalibrasi? left, PegawaiKalibrasi? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PegawaiKalibrasi? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Predikat == other.Predikat && Skor == other.Skor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PegawaiKalibrasi);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Predikat, Skor);

    /// <summary>The identifier, predicate and score.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Id + " " + Predikat.ToLabel() + (Skor is { } s ? " (" + s.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
}

/// <summary>One proposed change of an employee's predicate, with its reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PerubahanPredikat
{
    internal PerubahanPredikat(string pegawaiId, PredikatKinerja dari, PredikatKinerja menjadi, decimal? skor, Explanation alasan)
    {
        PegawaiId = pegawaiId;
        Dari = dari;
        Menjadi = menjadi;
        Skor = skor;
        Alasan = alasan;
    }

    /// <summary>The employee.</summary>
    public string PegawaiId { get; }

    /// <summary>The computed predicate.</summary>
    public PredikatKinerja Dari { get; }

    /// <summary>The proposed predicate.</summary>
    public PredikatKinerja Menjadi { get; }

    /// <summary>The employee's ranking score, or null.</summary>
    public decimal? Skor { get; }

    /// <summary>Why this employee moves, with the pattern's targets (rendered in either language by <see cref="Explanation.GetDescription(Language)"/>).</summary>
    public Explanation Alasan { get; }

    /// <summary>The employee and the change.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => PegawaiId + ": " + Dari.ToLabel() + " → " + Menjadi.ToLabel();
}

/// <summary>
/// A calibration proposal for one unit: the fewest predicate changes that make the unit meet its pattern, each change
/// listed with its reason, and the check of the proposed distribution. Nothing is changed silently: it is a proposal for
/// the PPK, and an infeasible pattern is reported instead of a proposal.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UsulanKalibrasi
{
    internal UsulanKalibrasi(RuleSetId ruleSet, DistribusiOptions options, string unitId, bool isFeasible, ImmutableArray<PerubahanPredikat> perubahan, JumlahPredikat sebelum, JumlahPredikat? sesudah, PemeriksaanDistribusiResult? pemeriksaanSesudah, ImmutableArray<Finding> findings, ImmutableArray<AppliedPolicy> policies, Explanation explanation)
    {
        RuleSet = ruleSet;
        Options = options;
        UnitId = unitId;
        IsFeasible = isFeasible;
        Perubahan = perubahan;
        Sebelum = sebelum;
        Sesudah = sesudah;
        PemeriksaanSesudah = pemeriksaanSesudah;
        Findings = findings;
        Policies = policies;
        Explanation = explanation;
    }

    /// <summary>The rule set of the distribution rules that made the proposal.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The distribution options the rules were configured with.</summary>
    public DistribusiOptions Options { get; }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>Whether the pattern can be met at all for this unit size; when false there is no proposal.</summary>
    public bool IsFeasible { get; }

    /// <summary>The proposed changes, ordered by employee input order. Empty when the unit already meets the pattern.</summary>
    public ImmutableArray<PerubahanPredikat> Perubahan { get; }

    /// <summary>The counts before.</summary>
    public JumlahPredikat Sebelum { get; }

    /// <summary>The counts after the proposal; null when infeasible.</summary>
    public JumlahPredikat? Sesudah { get; }

    /// <summary>The check of the proposed distribution; null when infeasible.</summary>
    public PemeriksaanDistribusiResult? PemeriksaanSesudah { get; }

    /// <summary>The findings: DST006 when infeasible; DST007 or DST010 when the unit is small and the proposal is advice only.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The policies applied: those of the check (see <see cref="PemeriksaanDistribusiResult.Policies"/>) and who is chosen to move.</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>How the proposal was reached.</summary>
    public Explanation Explanation { get; }
}

/// <summary>
/// Calibration behind <see cref="IDistribusiRules.ProposeKalibrasi"/>: from each employee's computed predicate (and an
/// optional ranking score), proposes the fewest changes that make the unit meet the hard constraints of its pattern.
/// The dominant group is advisory and is not forced.
/// </summary>
/// <remarks>
/// The number of changes is the exact minimum, and among the distributions with that many changes the one whose
/// changes move the fewest predicate steps in total is proposed. Surplus places are matched to missing places in
/// predicate order (worst surplus to worst gap), which moves every employee as few steps as possible. Who moves: for a move down, the
/// lowest ranking scores; for a move up, the highest; without scores, the order of input (a stated policy: supply
/// scores). Stateless and thread-safe.
/// </remarks>
internal static class Kalibrasi
{
    internal static UsulanKalibrasi Propose(IDistribusiRules rules, string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, IEnumerable<PegawaiKalibrasi> pegawai)
    {
        Preconditions.CheckNotBlank(unitId);
        var pola = rules.GetPola(predikatOrganisasi);
        var opsi = rules.Options;
        var ruleSet = rules.RuleSet.Id;
        var list = Preconditions.CheckNotNull(pegawai).ToList();
        Preconditions.CheckArgument(!list.Contains(null!), nameof(pegawai), "Employees must not contain null.");
        var duplicate = list.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(pegawai), string.Format(CultureInfo.InvariantCulture, "Employee ID '{0}' appears more than once.", duplicate?.Key));

        var before = JumlahPredikat.From(list.Select(p => p.Predikat));
        var n = before.Total;
        var model = ModelKuota.Build(pola, n, opsi);
        // Scores are used only when every employee has one: a missing score is never treated as a number.
        var useScores = list.All(p => p.Skor is not null);
        var policies = opsi.UnitPolicies.Add(new AppliedPolicy("PemilihanPegawaiKalibrasi", useScores ? "SkorPeringkat" : "UrutanMasukan (skor tidak lengkap)", useScores));

        // A small unit's proposal is advice only, like its check (DST007, or DST010 when it cannot be pooled here).
        var notes = PemeriksaDistribusi.SmallUnitNote(unitId, n, opsi, adaInduk: false) is { } note
            ? ImmutableArray.Create(note)
            : ImmutableArray<Finding>.Empty;

        if (!model.IsFeasible)
        {
            var kuota = new KuotaResult(ruleSet, pola, n, opsi, model, unitId);
            var none = DistribusiExplanations.TanpaUsulan.Create(
                ruleSet,
                "Kalibrasi[" + predikatOrganisasi + "]",
                new[] { FindingValue.Of("unit", unitId), FindingValue.Of("total", n) },
                new[] { FindingValue.Of("alasan", model.Reason!.Value.Code) }.Concat(model.Reason!.Value.Values),
                policies,
                kuota.Findings[0].Source);
            return new UsulanKalibrasi(ruleSet, opsi, unitId, false, ImmutableArray<PerubahanPredikat>.Empty, before, null, null, notes.AddRange(kuota.Findings), policies, none);
        }

        Span<int> counts = stackalloc int[5];
        for (var p = 0; p < 5; p++)
        {
            counts[p] = before[(PredikatKinerja)(p + 1)];
        }

        var target = model.TargetNearest(counts);

        // Surplus and gap places, worst predicate first; the i-th surplus place goes to the i-th gap place.
        var from = new List<int>();
        var to = new List<int>();
        for (var p = 0; p < 5; p++)
        {
            for (var k = 0; k < counts[p] - target[p]; k++)
            {
                from.Add(p);
            }

            for (var k = 0; k < target[p] - counts[p]; k++)
            {
                to.Add(p);
            }
        }

        var changes = new List<(int Index, PerubahanPredikat Change)>();
        for (var p = 0; p < 5; p++)
        {
            var destinations = Enumerable.Range(0, from.Count).Where(i => from[i] == p).Select(i => to[i]).ToList();
            if (destinations.Count == 0)
            {
                continue;
            }

            var holders = list.Select((e, i) => (Employee: e, Index: i)).Where(x => (int)x.Employee.Predikat - 1 == p).ToList();
            var down = destinations.Where(d => d < p).OrderByDescending(d => d).ToList();
            var up = destinations.Where(d => d > p).OrderBy(d => d).ToList();

            // Lowest scores move down, highest move up; ties, and every choice when scores are incomplete, go by input order.
            var ascending = holders.OrderBy(x => useScores ? x.Employee.Skor!.Value : 0m).ThenBy(x => x.Index).ToList();
            var descending = holders.OrderByDescending(x => useScores ? x.Employee.Skor!.Value : 0m).ThenBy(x => x.Index).ToList();
            var taken = new HashSet<int>();
            foreach (var d in down)
            {
                var x = ascending.First(h => !taken.Contains(h.Index));
                taken.Add(x.Index);
                changes.Add((x.Index, Change(ruleSet, x.Employee, (PredikatKinerja)(d + 1), pola, before, target, "turun")));
            }

            foreach (var d in up)
            {
                var x = descending.First(h => !taken.Contains(h.Index));
                taken.Add(x.Index);
                changes.Add((x.Index, Change(ruleSet, x.Employee, (PredikatKinerja)(d + 1), pola, before, target, "naik")));
            }
        }

        var after = JumlahPredikat.FromSpan(target);
        var check = PemeriksaDistribusi.Check(rules, unitId, predikatOrganisasi, after, adaInduk: false);
        var ordered = changes.OrderBy(c => c.Index).Select(c => c.Change).ToImmutableArray();
        var explanation = DistribusiExplanations.Usulan.Create(
            ruleSet,
            "Kalibrasi[" + predikatOrganisasi + "]",
            new[] { FindingValue.Of("unit", unitId), FindingValue.Of("sebelum", before.ToString()), FindingValue.Of("sesudah", after.ToString()) },
            new[] { FindingValue.Of("jumlahPerubahan", ordered.Length), FindingValue.Of("total", n) },
            policies,
            pola.Batasan[0].Source);
        return new UsulanKalibrasi(ruleSet, opsi, unitId, true, ordered, before, after, check, notes, policies, explanation);
    }

    private static PerubahanPredikat Change(RuleSetId ruleSet, PegawaiKalibrasi e, PredikatKinerja to, PolaDistribusi pola, JumlahPredikat before, int[] target, string direction)
    {
        var values = new List<FindingValue>
        {
            FindingValue.Of("predikatOrganisasi", pola.PredikatOrganisasi.ToLabel()),
            FindingValue.Of("kelompokDari", BatasanDistribusi.Short(e.Predikat)),
            FindingValue.Of("jumlahDari", before[e.Predikat]),
            FindingValue.Of("sasaranDari", target[(int)e.Predikat - 1]),
            FindingValue.Of("kelompokKe", BatasanDistribusi.Short(to)),
            FindingValue.Of("jumlahKe", before[to]),
            FindingValue.Of("sasaranKe", target[(int)to - 1]),
            FindingValue.Of("arah", direction),
            FindingValue.Of("menjadi", to.ToLabel()),
        };
        var inputs = new List<FindingValue> { FindingValue.Of("pegawai", e.Id), FindingValue.Of("dari", e.Predikat.ToLabel()) };
        if (e.Skor is { } skor)
        {
            inputs.Add(FindingValue.Of("skor", skor));
        }

        values.Add(FindingValue.Of("adaSkor", e.Skor is null ? "tidak" : "ada"));
        var alasan = DistribusiExplanations.Perubahan.Create(ruleSet, "Kalibrasi[" + pola.PredikatOrganisasi + "]." + direction, inputs, values, Array.Empty<AppliedPolicy>());
        return new PerubahanPredikat(e.Id, e.Predikat, to, e.Skor, alasan);
    }
}
