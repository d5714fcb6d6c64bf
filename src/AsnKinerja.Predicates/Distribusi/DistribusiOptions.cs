using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>How a percentage of a unit becomes a headcount [L]: the official helper's formulas are not public.</summary>
public enum Pembulatan
{
    /// <summary>Strict: caps round down and floors round up, so the percentages hold exactly.</summary>
    Ketat = 1,

    /// <summary>Half-up for caps and floors alike (0.5 rounds up).</summary>
    SetengahKeAtas = 2,
}

/// <summary>What happens to units too small for the pattern to be meaningful [L].</summary>
public enum KebijakanUnitKecil
{
    /// <summary>Small units are checked like any other.</summary>
    Ketat = 1,

    /// <summary>Units below the threshold are checked, but every outcome is advisory (information only).</summary>
    SaranDiBawahAmbang = 2,

    /// <summary>Units below the threshold are pooled into their parent unit and checked there (needs the organisation tree).</summary>
    GabungKeInduk = 3,
}

/// <summary>Which distribution a unit head counts in [L]: most likely the parent unit's, not the unit they head.</summary>
public enum PenghitunganKepalaUnit
{
    /// <summary>The head counts in the parent unit's distribution.</summary>
    UnitInduk = 1,

    /// <summary>The head counts in the unit they head.</summary>
    UnitSendiri = 2,
}

/// <summary>How seriously a departure from the pattern is reported. The circular calls the pattern <em>pertimbangan</em>.</summary>
public enum TingkatPenegakan
{
    /// <summary>Advise: a broken constraint is a warning, a missing dominant group information.</summary>
    Saran = 1,

    /// <summary>Enforce: a broken constraint is an error, a missing dominant group a warning.</summary>
    Tegakkan = 2,
}

/// <summary>
/// The policies of the distribution check for everything SE MenPANRB 3/2023 leaves open. Every verdict reports the
/// policies it used.
/// </summary>
/// <remarks>
/// Defaults: <see cref="Pembulatan.Ketat"/>, <see cref="MaknaSebagianBesar.KelompokTerbesar"/>,
/// <see cref="KebijakanUnitKecil.SaranDiBawahAmbang"/> with a threshold of 5 employees,
/// <see cref="PenghitunganKepalaUnit.UnitInduk"/>, <see cref="TingkatPenegakan.Saran"/>. Immutable and thread-safe;
/// validated once at construction, with every error reported together.
/// </remarks>
public sealed class DistribusiOptions : IEquatable<DistribusiOptions>
{
    /// <summary>The default threshold below which a unit is small.</summary>
    public const int AmbangUnitKecilBawaan = 5;

    private const string KepalaUnitPolicyName = "KepalaUnit";

    // The policies an answer applied, by which of the optional three it applied (bit 0 "most", bit 1 small units, bit 2 heads).
    private readonly ImmutableArray<AppliedPolicy>[] _policies;

    /// <summary>Creates options.</summary>
    /// <param name="pembulatan">Rounding of percentages into headcounts.</param>
    /// <param name="sebagianBesar">What "most" means for the dominant group.</param>
    /// <param name="unitKecil">What happens to small units.</param>
    /// <param name="ambangUnitKecil">Units with fewer employees than this are small; 1 to 1000.</param>
    /// <param name="kepalaUnit">Which distribution a unit head counts in.</param>
    /// <param name="penegakan">Advise or enforce.</param>
    /// <exception cref="ArgumentException">One or more values are invalid; the message lists every one.</exception>
    public DistribusiOptions(
        Pembulatan pembulatan = Pembulatan.Ketat,
        MaknaSebagianBesar sebagianBesar = MaknaSebagianBesar.KelompokTerbesar,
        KebijakanUnitKecil unitKecil = KebijakanUnitKecil.SaranDiBawahAmbang,
        int ambangUnitKecil = AmbangUnitKecilBawaan,
        PenghitunganKepalaUnit kepalaUnit = PenghitunganKepalaUnit.UnitInduk,
        TingkatPenegakan penegakan = TingkatPenegakan.Saran)
    {
        var errors = new List<string>();
        Check(pembulatan, nameof(pembulatan), errors);
        Check(sebagianBesar, nameof(sebagianBesar), errors);
        Check(unitKecil, nameof(unitKecil), errors);
        Check(kepalaUnit, nameof(kepalaUnit), errors);
        Check(penegakan, nameof(penegakan), errors);
        if (ambangUnitKecil is < 1 or > 1000)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "{0} must be between 1 and 1000 (was {1}).", nameof(ambangUnitKecil), ambangUnitKecil));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid distribution options: " + string.Join(" ", errors));
        }

        Pembulatan = pembulatan;
        SebagianBesar = sebagianBesar;
        UnitKecil = unitKecil;
        AmbangUnitKecil = ambangUnitKecil;
        KepalaUnit = kepalaUnit;
        Penegakan = penegakan;
        var all = Policies;
        _policies = new ImmutableArray<AppliedPolicy>[8];
        for (var mask = 0; mask < 8; mask++)
        {
            _policies[mask] = all.Where((p, i) => i is 0 or 4 || (i == 1 && (mask & 1) != 0) || (i == 2 && (mask & 2) != 0) || (i == 3 && (mask & 4) != 0)).ToImmutableArray();
        }
    }

    /// <summary>The documented defaults.</summary>
    public static DistribusiOptions Default { get; } = new();

    /// <summary>Rounding of percentages into headcounts.</summary>
    public Pembulatan Pembulatan { get; }

    /// <summary>What "most" means for the dominant group.</summary>
    public MaknaSebagianBesar SebagianBesar { get; }

    /// <summary>What happens to small units.</summary>
    public KebijakanUnitKecil UnitKecil { get; }

    /// <summary>Units with fewer employees than this are small.</summary>
    public int AmbangUnitKecil { get; }

    /// <summary>Which distribution a unit head counts in.</summary>
    public PenghitunganKepalaUnit KepalaUnit { get; }

    /// <summary>Advise or enforce.</summary>
    public TingkatPenegakan Penegakan { get; }

    /// <summary>The policies as reported with every verdict.</summary>
    public IReadOnlyList<AppliedPolicy> Policies => new[]
    {
        new AppliedPolicy("Pembulatan", Pembulatan.ToString(), Pembulatan == Pembulatan.Ketat),
        new AppliedPolicy("MaknaSebagianBesar", SebagianBesar.ToString(), SebagianBesar == MaknaSebagianBesar.KelompokTerbesar),
        new AppliedPolicy("UnitKecil", UnitKecil + "(<" + AmbangUnitKecil.ToString(CultureInfo.InvariantCulture) + ")", UnitKecil == KebijakanUnitKecil.SaranDiBawahAmbang && AmbangUnitKecil == AmbangUnitKecilBawaan),
        new AppliedPolicy(KepalaUnitPolicyName, KepalaUnit.ToString(), KepalaUnit == PenghitunganKepalaUnit.UnitInduk),
        new AppliedPolicy("Penegakan", Penegakan.ToString(), Penegakan == TingkatPenegakan.Saran),
    };

    /// <summary>
    /// The policies an answer reports: those it applied, never one it could not. Rounding and enforcement always apply;
    /// "most" only where the dominant group is judged (the check), small units only where a unit's size is judged (the
    /// check, calibration, a quota inside a check of a small unit), heads only where the heads are known (the bulk engine).
    /// </summary>
    internal ImmutableArray<AppliedPolicy> SelectPolicies(bool sebagianBesar, bool unitKecil, bool kepalaUnit) =>
        _policies[(sebagianBesar ? 1 : 0) | (unitKecil ? 2 : 0) | (kepalaUnit ? 4 : 0)];

    /// <summary>The policies of the one-unit check: every one but <see cref="KepalaUnit"/> (counts do not say who heads the unit).</summary>
    internal ImmutableArray<AppliedPolicy> CheckPolicies => SelectPolicies(sebagianBesar: true, unitKecil: true, kepalaUnit: false);

    /// <summary>Whether two option sets are equal.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DistribusiOptions? left, DistribusiOptions? right) => Equals(left, right);

    /// <summary>Whether two option sets differ.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DistribusiOptions? left, DistribusiOptions? right) => !Equals(left, right);

    /// <summary>The headcount a percentage of a unit allows as a cap.</summary>
    /// <param name="persen">The percentage, 0 to 100.</param>
    /// <param name="jumlahPegawai">The unit size.</param>
    /// <returns>The highest allowed headcount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persen"/> is outside 0–100 or <paramref name="jumlahPegawai"/> is negative.</exception>
    public int Cap(int persen, int jumlahPegawai)
    {
        Preconditions.CheckRange(persen, 0, 100);
        Preconditions.CheckNonNegative(jumlahPegawai);
        long p = (long)persen * jumlahPegawai;
        return (int)(Pembulatan == Pembulatan.Ketat ? p / 100 : (p + 50) / 100);
    }

    /// <summary>The headcount a percentage of a unit requires as a floor.</summary>
    /// <param name="persen">The percentage, 0 to 100.</param>
    /// <param name="jumlahPegawai">The unit size.</param>
    /// <returns>The lowest required headcount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persen"/> is outside 0–100 or <paramref name="jumlahPegawai"/> is negative.</exception>
    public int Floor(int persen, int jumlahPegawai)
    {
        Preconditions.CheckRange(persen, 0, 100);
        Preconditions.CheckNonNegative(jumlahPegawai);
        long p = (long)persen * jumlahPegawai;
        return (int)(Pembulatan == Pembulatan.Ketat ? (p + 99) / 100 : (p + 50) / 100);
    }

    /// <inheritdoc />
    public bool Equals(DistribusiOptions? other) =>
        other is not null && Pembulatan == other.Pembulatan && SebagianBesar == other.SebagianBesar && UnitKecil == other.UnitKecil
        && AmbangUnitKecil == other.AmbangUnitKecil && KepalaUnit == other.KepalaUnit && Penegakan == other.Penegakan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DistribusiOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pembulatan, SebagianBesar, UnitKecil, AmbangUnitKecil, KepalaUnit, Penegakan);

    /// <summary>The policies in force.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(", ", Policies);

    private static void Check<TEnum>(TEnum value, string name, List<string> errors)
        where TEnum : struct, Enum
    {
        if (!Preconditions.IsDefined(value))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined {1} ({2}).", name, typeof(TEnum).Name, Convert.ToInt32(value, CultureInfo.InvariantCulture)));
        }
    }
}
