using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>One employee as input to calibration: the NIP, the computed predicate and an optional ranking score.</summary>
/// <remarks>Immutable and thread-safe. Equality compares all parts.</remarks>
public sealed class PegawaiKalibrasi : IEquatable<PegawaiKalibrasi>
{
    /// <summary>Creates the input record.</summary>
    /// <param name="nip">The employee; not empty.</param>
    /// <param name="predikat">The computed predicate.</param>
    /// <param name="skor">An optional ranking score: higher is better (e.g. the PPK's ranking inside the unit).</param>
    /// <exception cref="ArgumentException"><paramref name="nip"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
    public PegawaiKalibrasi(Nip nip, PredikatKinerja predikat, decimal? skor = null)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Nip = nip;
        Predikat = Preconditions.CheckDefined(predikat);
        Skor = skor;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

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
    public bool Equals(PegawaiKalibrasi? other) => other is not null && Nip == other.Nip && Predikat == other.Predikat && Skor == other.Skor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PegawaiKalibrasi);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, Predikat, Skor);

    /// <summary>The NIP, predicate and score.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + " " + Predikat.ToLabel() + (Skor is { } s ? " (" + s.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
}

/// <summary>One proposed change of an employee's predicate, with its reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PerubahanPredikat
{
    private readonly Kalibrasi.AlasanKonteks _konteks;

    internal PerubahanPredikat(Nip nip, PredikatKinerja dari, PredikatKinerja menjadi, decimal? skor, Kalibrasi.AlasanKonteks konteks)
    {
        Nip = nip;
        Dari = dari;
        Menjadi = menjadi;
        Skor = skor;
        _konteks = konteks;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

    /// <summary>The computed predicate.</summary>
    public PredikatKinerja Dari { get; }

    /// <summary>The proposed predicate.</summary>
    public PredikatKinerja Menjadi { get; }

    /// <summary>The employee's ranking score, or null.</summary>
    public decimal? Skor { get; }

    /// <summary>
    /// Why this employee moves, with the pattern's targets (rendered in either language by <see cref="Explanation.GetDescription(Language)"/>).
    /// Made on each access from what the change holds, and not kept: a national calibration of hundreds of thousands of
    /// changes holds no explanation per employee; equal accesses give equal explanations.
    /// </summary>
    public Explanation Alasan => Kalibrasi.Explain(_konteks, this);

    /// <summary>
    /// The reason as text in a language: the same text as <c>Alasan.GetDescription(language)</c>, made without building
    /// the explanation (for an export of every change of a national calibration).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string GetAlasan(Language language) => Kalibrasi.DescribeAlasan(_konteks, this, language);

    /// <summary>The employee and the change.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + ": " + Dari.ToLabel() + " → " + Menjadi.ToLabel();
}

/// <summary>
/// The counts-only calibration proposal for one unit (<see cref="IDistribusiRules.ProposeSasaran"/>): the target
/// distribution with the fewest changed employees that meets the hard constraints of the unit's pattern (and, among
/// those, the fewest predicate steps), how many employees move from which predicate to which, and the check of the target.
/// It names nobody: <see cref="UsulanKalibrasi"/> chooses who moves.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SasaranKalibrasi
{
    private readonly int[] _moves; // [dari * 5 + menjadi], index 0..4 = Sangat Kurang..Sangat Baik

    internal SasaranKalibrasi(
        RuleSetId ruleSet, DistribusiOptions options, string unitId, JumlahPredikat sebelum, JumlahPredikat? sesudah, int[] moves,
        PemeriksaanDistribusiResult? pemeriksaanSesudah, ImmutableArray<Finding> findings, ImmutableArray<AppliedPolicy> policies, Explanation explanation)
    {
        RuleSet = ruleSet;
        Options = options;
        UnitId = unitId;
        Sebelum = sebelum;
        Sesudah = sesudah;
        _moves = moves;
        PemeriksaanSesudah = pemeriksaanSesudah;
        Findings = findings;
        Policies = policies;
        Explanation = explanation;
        JumlahPerubahan = moves.Sum();
    }

    /// <summary>The rule set of the distribution rules that made the proposal.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The distribution options the rules were configured with.</summary>
    public DistribusiOptions Options { get; }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>Whether the pattern can be met at all for this unit size; when false there is no target.</summary>
    public bool IsFeasible => Sesudah is not null;

    /// <summary>The counts before (those of the verdict answered).</summary>
    public JumlahPredikat Sebelum { get; }

    /// <summary>The target counts; null when infeasible.</summary>
    public JumlahPredikat? Sesudah { get; }

    /// <summary>How many employees change predicate (0 when the unit already meets the pattern or it cannot be met).</summary>
    public int JumlahPerubahan { get; }

    /// <summary>The check of the target distribution; null when infeasible.</summary>
    public PemeriksaanDistribusiResult? PemeriksaanSesudah { get; }

    /// <summary>The findings: DST006 when infeasible; DST007 or DST010 when the unit is small and the proposal is advice only.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The policies applied: rounding (the target's bounds), small units (advice only) and enforcement (the severity of DST006).</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>How the target was reached.</summary>
    public Explanation Explanation { get; }

    /// <summary>How many employees move from one predicate to another (surplus places go to gaps in predicate order).</summary>
    /// <param name="dari">The predicate they hold.</param>
    /// <param name="menjadi">The predicate proposed.</param>
    /// <returns>The number of employees; 0 when <paramref name="dari"/> equals <paramref name="menjadi"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A predicate is undefined.</exception>
    public int GetJumlahPindah(PredikatKinerja dari, PredikatKinerja menjadi) =>
        _moves[(((int)Preconditions.CheckDefined(dari) - 1) * 5) + (int)Preconditions.CheckDefined(menjadi) - 1];

    /// <summary>The moves, e.g. <c>SB→B 3, B→BP 1</c>, or why there is no target.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (!IsFeasible)
        {
            return UnitId + ": tidak mungkin";
        }

        var moves = new List<string>();
        for (var p = 4; p >= 0; p--)
        {
            for (var q = 4; q >= 0; q--)
            {
                if (_moves[(p * 5) + q] > 0)
                {
                    moves.Add(BatasanDistribusi.Short((PredikatKinerja)(p + 1)) + "→" + BatasanDistribusi.Short((PredikatKinerja)(q + 1)) + " " + _moves[(p * 5) + q].ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return UnitId + ": " + (moves.Count == 0 ? "tanpa perubahan" : string.Join(", ", moves));
    }

    internal int Moves(int dari, int menjadi) => _moves[(dari * 5) + menjadi];
}

/// <summary>
/// A calibration proposal for one unit (<see cref="IDistribusiRules.ProposeKalibrasi"/>): the target of
/// <see cref="Sasaran"/> carried out on named employees, each change listed with its reason. Nothing is changed
/// silently: it is a proposal for the PPK, and an infeasible pattern is reported instead of a proposal.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UsulanKalibrasi
{
    internal UsulanKalibrasi(SasaranKalibrasi sasaran, ImmutableArray<PerubahanPredikat> perubahan, ImmutableArray<AppliedPolicy> policies, Explanation explanation)
    {
        Sasaran = sasaran;
        Perubahan = perubahan;
        Policies = policies;
        Explanation = explanation;
    }

    /// <summary>The rule set of the distribution rules that made the proposal.</summary>
    public RuleSetId RuleSet => Sasaran.RuleSet;

    /// <summary>The distribution options the rules were configured with.</summary>
    public DistribusiOptions Options => Sasaran.Options;

    /// <summary>The unit.</summary>
    public string UnitId => Sasaran.UnitId;

    /// <summary>The counts-only proposal this one carries out.</summary>
    public SasaranKalibrasi Sasaran { get; }

    /// <summary>Whether the pattern can be met at all for this unit size; when false there is no proposal.</summary>
    public bool IsFeasible => Sasaran.IsFeasible;

    /// <summary>The proposed changes, ordered by employee input order. Empty when the unit already meets the pattern.</summary>
    public ImmutableArray<PerubahanPredikat> Perubahan { get; }

    /// <summary>The counts before.</summary>
    public JumlahPredikat Sebelum => Sasaran.Sebelum;

    /// <summary>The counts after the proposal; null when infeasible.</summary>
    public JumlahPredikat? Sesudah => Sasaran.Sesudah;

    /// <summary>The check of the proposed distribution; null when infeasible.</summary>
    public PemeriksaanDistribusiResult? PemeriksaanSesudah => Sasaran.PemeriksaanSesudah;

    /// <summary>The findings of <see cref="Sasaran"/>.</summary>
    public ImmutableArray<Finding> Findings => Sasaran.Findings;

    /// <summary>The policies applied: those of <see cref="Sasaran"/> and who is chosen to move.</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>How the proposal was reached.</summary>
    public Explanation Explanation { get; }

    /// <summary>The proposed change for an employee, or null when the employee keeps the predicate.</summary>
    /// <param name="nip">The employee.</param>
    /// <returns>The change or null.</returns>
    public PerubahanPredikat? Get(Nip nip)
    {
        foreach (var change in Perubahan)
        {
            if (change.Nip == nip)
            {
                return change;
            }
        }

        return null;
    }
}

/// <summary>
/// Calibration behind <see cref="IDistribusiRules.ProposeSasaran"/> and <see cref="IDistribusiRules.ProposeKalibrasi"/>:
/// from a unit's verdict (and each employee's computed predicate and optional ranking score), the fewest changes that
/// make the unit meet the hard constraints of its pattern. The dominant group is advisory and is not forced.
/// </summary>
/// <remarks>
/// The number of changes is the exact minimum, and among the distributions with that many changes the one whose
/// changes move the fewest predicate steps in total is proposed. Surplus places are matched to missing places in
/// predicate order (worst surplus to worst gap), which moves every employee as few steps as possible. Who moves: for a
/// move down, the lowest ranking scores; for a move up, the highest; without scores, the order of input (a stated
/// policy: supply scores). The cost is one sort of each predicate's holders by score, O(n log n), or O(n) without scores.
/// Stateless and thread-safe.
/// </remarks>
internal static class Kalibrasi
{
    internal static SasaranKalibrasi Target(IDistribusiRules rules, PemeriksaanDistribusiResult verdict)
    {
        Preconditions.CheckNotNull(verdict);
        if (verdict.RuleSet != rules.RuleSet.Id || !verdict.Options.Equals(rules.Options))
        {
            throw new ArgumentException("The verdict was made by other distribution rules (" + verdict.RuleSet.Value + ", " + verdict.Options + "); calibrate with the rules that made it.", nameof(verdict));
        }

        if (verdict.Status == StatusDistribusi.Digabung)
        {
            throw new ArgumentException("The unit '" + verdict.UnitId + "' was pooled into its parent: calibrate the parent's verdict, which counts its employees.", nameof(verdict));
        }

        var opsi = rules.Options;
        var ruleSet = rules.RuleSet.Id;
        var pola = verdict.Pola;
        var before = verdict.Jumlah;
        var n = before.Total;
        var policies = opsi.SelectPolicies(sebagianBesar: false, unitKecil: true, kepalaUnit: false);

        // A small unit's proposal is advice only, like its verdict: the verdict's own note (DST007 or DST010).
        var notes = verdict.Findings.Where(f => f.Code is "DST007" or "DST010").ToImmutableArray();
        // The verdict's quota was built for this pattern, size and options (checked above): its bounds serve the target too.
        var model = verdict.Kuota.JumlahPegawai == n ? verdict.Kuota.Model : ModelKuota.Build(pola, n, opsi);
        if (!model.IsFeasible)
        {
            var none = DistribusiExplanations.TanpaUsulan.Create(
                ruleSet,
                "Kalibrasi[" + pola.PredikatOrganisasi + "]",
                new[] { FindingValue.Of("unit", verdict.UnitId), FindingValue.Of("total", n) },
                new[] { FindingValue.Of("alasan", model.Reason!.Value.Code) }.Concat(model.Reason!.Value.Values),
                policies,
                verdict.Kuota.Findings[0].Source);
            return new SasaranKalibrasi(ruleSet, opsi, verdict.UnitId, before, null, new int[25], null, notes.AddRange(verdict.Kuota.Findings), policies, none);
        }

        Span<int> counts = stackalloc int[5];
        for (var p = 0; p < 5; p++)
        {
            counts[p] = before[(PredikatKinerja)(p + 1)];
        }

        var target = model.TargetNearest(counts);
        var moves = Match(counts, target);
        var after = JumlahPredikat.FromSpan(target);
        var check = PemeriksaDistribusi.Check(rules, verdict.UnitId, pola.PredikatOrganisasi, after, adaInduk: false, model);
        var explanation = Explain(ruleSet, verdict.UnitId, pola, before, after, moves.Sum(), policies);
        return new SasaranKalibrasi(ruleSet, opsi, verdict.UnitId, before, after, moves, check, notes, policies, explanation);
    }

    internal static UsulanKalibrasi Propose(IDistribusiRules rules, PemeriksaanDistribusiResult verdict, IEnumerable<PegawaiKalibrasi> pegawai)
    {
        Preconditions.CheckNotNull(verdict);
        var list = Preconditions.CheckNotNull(pegawai) as IReadOnlyList<PegawaiKalibrasi> ?? pegawai.ToList();
#if NETSTANDARD2_0
        var seen = new HashSet<Nip>();
#else
        var seen = new HashSet<Nip>(list.Count);
#endif
        Span<int> counts = stackalloc int[5];
        var useScores = true;
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i];
            Preconditions.CheckArgument(e is not null, nameof(pegawai), "Employees must not contain null.");
            if (!seen.Add(e!.Nip))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Employee {0} appears more than once.", e.Nip), nameof(pegawai));
            }

            counts[(int)e.Predikat - 1]++;

            // Scores are used only when every employee has one: a missing score is never treated as a number.
            useScores &= e.Skor is not null;
        }

        var given = JumlahPredikat.FromSpan(counts);
        if (given != verdict.Jumlah)
        {
            throw new ArgumentException("The employees' predicates (" + given + ") are not the counts the verdict judged (" + verdict.Jumlah + "): give every employee judged in unit '" + verdict.UnitId + "'.", nameof(pegawai));
        }

        var sasaran = Target(rules, verdict);
        var policies = sasaran.Policies.Add(new AppliedPolicy("PemilihanPegawaiKalibrasi", useScores ? "SkorPeringkat" : "UrutanMasukan (skor tidak lengkap)", useScores));
        var ruleSet = rules.RuleSet.Id;
        var pola = verdict.Pola;
        if (!sasaran.IsFeasible)
        {
            var none = DistribusiExplanations.TanpaUsulan.Create(
                ruleSet, sasaran.Explanation.Rule, sasaran.Explanation.Inputs, sasaran.Explanation.Values, policies, sasaran.Explanation.Source);
            return new UsulanKalibrasi(sasaran, ImmutableArray<PerubahanPredikat>.Empty, policies, none);
        }

        // The holders of each predicate, in input order.
        var holders = new List<int>[5];
        for (var p = 0; p < 5; p++)
        {
            holders[p] = new List<int>(counts[p]);
        }

        for (var i = 0; i < list.Count; i++)
        {
            holders[(int)list[i].Predikat - 1].Add(i);
        }

        var target = new int[5];
        for (var p = 0; p < 5; p++)
        {
            target[p] = sasaran.Sesudah!.Value[(PredikatKinerja)(p + 1)];
        }

        var chosen = new PerubahanPredikat?[list.Count];
        var taken = new bool[list.Count];
        var before = sasaran.Sebelum;
        var turun = new AlasanKonteks(ruleSet, pola, before, target, "turun");
        var naik = new AlasanKonteks(ruleSet, pola, before, target, "naik");
        for (var p = 0; p < 5; p++)
        {
            var h = holders[p];
            var down = 0;
            var up = 0;
            for (var q = 0; q < 5; q++)
            {
                down += q < p ? sasaran.Moves(p, q) : 0;
                up += q > p ? sasaran.Moves(p, q) : 0;
            }

            if (down + up == 0)
            {
                continue;
            }

            // Lowest scores move down (to the nearest gap first), highest move up (nearest first); ties, and every
            // choice when scores are incomplete, go by input order.
            var ascending = h.ToArray();
            var descending = h.ToArray();
            if (useScores)
            {
                Array.Sort(ascending, (a, b) => Compare(list[a].Skor!.Value, list[b].Skor!.Value, a, b));
                Array.Sort(descending, (a, b) => Compare(list[b].Skor!.Value, list[a].Skor!.Value, a, b));
            }

            var next = 0;
            for (var q = p - 1; q >= 0; q--)
            {
                for (var k = 0; k < sasaran.Moves(p, q); k++)
                {
                    var x = ascending[next++];
                    taken[x] = true;
                    chosen[x] = new PerubahanPredikat(list[x].Nip, list[x].Predikat, (PredikatKinerja)(q + 1), list[x].Skor, turun);
                }
            }

            next = 0;
            for (var q = p + 1; q < 5; q++)
            {
                for (var k = 0; k < sasaran.Moves(p, q); k++)
                {
                    while (taken[descending[next]])
                    {
                        next++;
                    }

                    var x = descending[next++];
                    taken[x] = true;
                    chosen[x] = new PerubahanPredikat(list[x].Nip, list[x].Predikat, (PredikatKinerja)(q + 1), list[x].Skor, naik);
                }
            }
        }

        var ordered = ImmutableArray.CreateBuilder<PerubahanPredikat>(sasaran.JumlahPerubahan);
        foreach (var c in chosen)
        {
            if (c is not null)
            {
                ordered.Add(c);
            }
        }

        var explanation = Explain(ruleSet, verdict.UnitId, pola, sasaran.Sebelum, sasaran.Sesudah!.Value, ordered.Count, policies);
        return new UsulanKalibrasi(sasaran, ordered.MoveToImmutable(), policies, explanation);
    }

    /// <summary>Surplus places matched to gap places in predicate order (the i-th surplus place to the i-th gap place), as counts per (from, to).</summary>
    private static int[] Match(ReadOnlySpan<int> counts, int[] target)
    {
        Span<int> surplus = stackalloc int[5];
        Span<int> gap = stackalloc int[5];
        for (var p = 0; p < 5; p++)
        {
            surplus[p] = Math.Max(0, counts[p] - target[p]);
            gap[p] = Math.Max(0, target[p] - counts[p]);
        }

        var moves = new int[25];
        int from = 0, to = 0;
        while (true)
        {
            while (from < 5 && surplus[from] == 0)
            {
                from++;
            }

            while (to < 5 && gap[to] == 0)
            {
                to++;
            }

            if (from == 5 || to == 5)
            {
                return moves;
            }

            var k = Math.Min(surplus[from], gap[to]);
            moves[(from * 5) + to] += k;
            surplus[from] -= k;
            gap[to] -= k;
        }
    }

    private static int Compare(decimal a, decimal b, int indexA, int indexB)
    {
        var c = a.CompareTo(b);
        return c != 0 ? c : indexA.CompareTo(indexB);
    }

    private static Explanation Explain(RuleSetId ruleSet, string unitId, PolaDistribusi pola, JumlahPredikat before, JumlahPredikat after, int changes, ImmutableArray<AppliedPolicy> policies) =>
        DistribusiExplanations.Usulan.Create(
            ruleSet,
            "Kalibrasi[" + pola.PredikatOrganisasi + "]",
            new[] { FindingValue.Of("unit", unitId), FindingValue.Of("sebelum", before.ToString()), FindingValue.Of("sesudah", after.ToString()) },
            new[] { FindingValue.Of("jumlahPerubahan", changes), FindingValue.Of("total", before.Total) },
            policies,
            pola.Batasan[0].Source);

    // The keys of a change's reason, in the order its explanation lists them; AlasanValue gives each one's text, so the
    // explanation and the text made without it (DescribeAlasan) cannot say different things.
    private static readonly string[] AlasanValues = { "predikatOrganisasi", "kelompokDari", "jumlahDari", "sasaranDari", "kelompokKe", "jumlahKe", "sasaranKe", "arah", "menjadi", "adaSkor" };
    private static readonly string[] AlasanInputs = { "pegawai", "dari", "skor" };

    internal static Explanation Explain(AlasanKonteks k, PerubahanPredikat c)
    {
        // Built straight into immutable arrays of the exact size: a national calibration explains hundreds of thousands of changes.
        var values = ImmutableArray.CreateBuilder<FindingValue>(AlasanValues.Length);
        foreach (var key in AlasanValues)
        {
            values.Add(FindingValue.Of(key, AlasanValue(k, c, key)));
        }

        var inputs = ImmutableArray.CreateBuilder<FindingValue>(c.Skor is null ? 2 : 3);
        foreach (var key in AlasanInputs)
        {
            if (AlasanValue(k, c, key) is { } value)
            {
                inputs.Add(FindingValue.Of(key, value));
            }
        }

        return DistribusiExplanations.Perubahan.Create(k.RuleSet, PerubahanRule(k.Pola.PredikatOrganisasi, k.Direction), inputs.MoveToImmutable(), values.MoveToImmutable(), ImmutableArray<AppliedPolicy>.Empty);
    }

    /// <summary>The text of <see cref="Explain(AlasanKonteks, PerubahanPredikat)"/>'s description, from the same values, without the explanation.</summary>
    internal static string DescribeAlasan(AlasanKonteks k, PerubahanPredikat c, Language language) =>
        DistribusiExplanations.Perubahan.Render(language, key => AlasanValue(k, c, key));

    /// <summary>The value of one key of a change's reason (invariant text), or null when the change has none.</summary>
    private static string? AlasanValue(AlasanKonteks k, PerubahanPredikat c, string key) => key switch
    {
        "predikatOrganisasi" => k.Pola.PredikatOrganisasi.ToLabel(),
        "kelompokDari" => BatasanDistribusi.Short(c.Dari),
        "jumlahDari" => k.Before[c.Dari].ToString(CultureInfo.InvariantCulture),
        "sasaranDari" => k.Target[(int)c.Dari - 1].ToString(CultureInfo.InvariantCulture),
        "kelompokKe" => BatasanDistribusi.Short(c.Menjadi),
        "jumlahKe" => k.Before[c.Menjadi].ToString(CultureInfo.InvariantCulture),
        "sasaranKe" => k.Target[(int)c.Menjadi - 1].ToString(CultureInfo.InvariantCulture),
        "arah" => k.Direction,
        "menjadi" => c.Menjadi.ToLabel(),
        "adaSkor" => c.Skor is null ? "tidak" : "ada",
        "pegawai" => c.Nip.ToString(),
        "dari" => c.Dari.ToLabel(),
        "skor" => c.Skor?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>What every change of one unit and direction shares for its reason: rule set, pattern, counts before, targets.</summary>
    internal sealed record AlasanKonteks(RuleSetId RuleSet, PolaDistribusi Pola, JumlahPredikat Before, int[] Target, string Direction);

    /// <summary>The rule of a change's explanation, <c>Kalibrasi[Baik].turun</c>, for each pattern and direction: made once.</summary>
    private static readonly string[] PerubahanRules = Enumerable.Range(0, 12)
        .Select(i => "Kalibrasi[" + (PredikatKinerjaOrganisasi)(i / 2) + "]." + (i % 2 == 1 ? "naik" : "turun"))
        .ToArray();

    private static string PerubahanRule(PredikatKinerjaOrganisasi org, string direction)
    {
        var d = direction == "naik" ? 1 : direction == "turun" ? 0 : -1;
        return (int)org is >= 1 and <= 5 && d >= 0 ? PerubahanRules[((int)org * 2) + d] : "Kalibrasi[" + org + "]." + direction;
    }
}
