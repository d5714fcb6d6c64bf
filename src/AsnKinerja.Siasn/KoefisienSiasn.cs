using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Siasn;

/// <summary>
/// How a <c>koefisienId</c> is chosen for a functional official [L]. SIASN's reference lists one row per level, each
/// labelled "Baik/100%": 12 Ahli Pertama, 22 Ahli Muda, 32 Ahli Madya, 42 Ahli Utama, 52 Pemula, 62 Terampil, 72 Mahir,
/// 82 Penyelia. That the second digit encodes the predicate (1 Sangat Baik … 5 Sangat Kurang, as
/// <c>kuadranKinerjaNilai</c>) is an inference no source confirms.
/// </summary>
public enum PemetaanKoefisienSiasn
{
    /// <summary>The documented row of the level (second digit 2, "Baik/100%") whatever the predicate; the predicate travels in <c>kuadranKinerjaNilai</c>. The default.</summary>
    BarisReferensi = 1,

    /// <summary>The inferred reading: the second digit is the predicate's SIASN code (e.g. 11 = Ahli Pertama, Sangat Baik/150%).</summary>
    DigitPredikat = 2,
}

/// <summary>
/// A SIASN <c>koefisienId</c>: the functional level (first digit: 1 Ahli Pertama, 2 Ahli Muda, 3 Ahli Madya, 4 Ahli
/// Utama, 5 Pemula, 6 Terampil, 7 Mahir, 8 Penyelia) and, in the second digit, the predicate row (2 = Baik/100%, the
/// row SIASN's reference documents; 1 and 3–5 follow the inferred reading of <see cref="PemetaanKoefisienSiasn.DigitPredikat"/>).
/// </summary>
/// <remarks>
/// <c>default(KoefisienSiasn)</c> is not a koefisien (<see cref="IsEmpty"/>; its parts throw). Equality compares the
/// identifier. Immutable and thread-safe.
/// </remarks>
public readonly struct KoefisienSiasn : IEquatable<KoefisienSiasn>
{
    private static readonly JenjangFungsional[] Levels =
    {
        JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya, JenjangFungsional.AhliUtama,
        JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.Mahir, JenjangFungsional.Penyelia,
    };

    private readonly int _id;

    private KoefisienSiasn(int id) => _id = id;

    /// <summary>Whether this is <c>default(KoefisienSiasn)</c>.</summary>
    public bool IsEmpty => _id == 0;

    /// <summary>The identifier, e.g. 12.</summary>
    /// <exception cref="InvalidOperationException">The koefisien is empty.</exception>
    public int Id => _id != 0 ? _id : throw new InvalidOperationException("The koefisien is empty (default).");

    /// <summary>The functional level (the first digit).</summary>
    /// <exception cref="InvalidOperationException">The koefisien is empty.</exception>
    public JenjangFungsional Jenjang => Levels[(Id / 10) - 1];

    /// <summary>The predicate row (the second digit read as a SIASN predicate code): Baik for the documented rows.</summary>
    /// <exception cref="InvalidOperationException">The koefisien is empty.</exception>
    public PredikatKinerja Predikat => SiasnCodec.PredikatKinerjaFromSiasnCode(Id % 10);

    /// <summary>Whether this is one of the eight rows SIASN's reference documents (second digit 2, "Baik/100%").</summary>
    public bool IsBarisReferensi => _id % 10 == 2;

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KoefisienSiasn left, KoefisienSiasn right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KoefisienSiasn left, KoefisienSiasn right) => !left.Equals(right);

    /// <summary>The koefisien of a level and a predicate row.</summary>
    /// <param name="jenjang">The level.</param>
    /// <param name="predikat">The predicate row (Baik for the documented row).</param>
    /// <returns>The koefisien.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined.</exception>
    public static KoefisienSiasn Of(JenjangFungsional jenjang, PredikatKinerja predikat)
    {
        Preconditions.CheckDefined(jenjang);
        return new KoefisienSiasn(((Array.IndexOf(Levels, jenjang) + 1) * 10) + SiasnCodec.ToSiasnCode(predikat));
    }

    /// <summary>The koefisien a policy chooses for a level and the predicate sent.</summary>
    /// <param name="jenjang">The level.</param>
    /// <param name="predikat">The predicate sent in <c>kuadranKinerjaNilai</c>.</param>
    /// <param name="pemetaan">The policy.</param>
    /// <returns>The koefisien: the documented row under <see cref="PemetaanKoefisienSiasn.BarisReferensi"/>, the predicate's row under <see cref="PemetaanKoefisienSiasn.DigitPredikat"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined.</exception>
    public static KoefisienSiasn For(JenjangFungsional jenjang, PredikatKinerja predikat, PemetaanKoefisienSiasn pemetaan) =>
        Preconditions.CheckDefined(pemetaan) == PemetaanKoefisienSiasn.BarisReferensi ? Of(jenjang, PredikatKinerja.Baik) : Of(jenjang, predikat);

    /// <summary>Reads an identifier.</summary>
    /// <param name="id">Two digits: the level 1–8, then the predicate row 1–5.</param>
    /// <returns>The koefisien.</returns>
    /// <exception cref="FormatException">The identifier is not such a pair of digits.</exception>
    public static KoefisienSiasn FromId(int id) =>
        TryFromId(id, out var k) ? k : throw new FormatException(string.Format(CultureInfo.InvariantCulture, "{0} is not a SIASN koefisienId: two digits, the level 1 to 8 then the predicate row 1 to 5 (e.g. 12 for Ahli Pertama).", id));

    /// <summary>Tries to read an identifier; see <see cref="FromId"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="koefisien">The koefisien when valid.</param>
    /// <returns>Whether the identifier is valid.</returns>
    public static bool TryFromId(int id, out KoefisienSiasn koefisien)
    {
        var valid = id / 10 is >= 1 and <= 8 && id % 10 is >= 1 and <= 5 && id < 100;
        koefisien = valid ? new KoefisienSiasn(id) : default;
        return valid;
    }

    /// <inheritdoc />
    public bool Equals(KoefisienSiasn other) => _id == other._id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KoefisienSiasn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _id;

    /// <summary>The identifier, the level and the row, e.g. <c>12 (Ahli Pertama, Baik)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsEmpty ? "(empty)" : string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2})", _id, Jenjang.ToLabel(), Predikat.ToLabel());
}

/// <summary>The policies of the SIASN payload builders for what SIASN's public clients leave open [L].</summary>
/// <remarks>Default: <see cref="PemetaanKoefisienSiasn.BarisReferensi"/>. Immutable and thread-safe. Equality compares every policy.</remarks>
public sealed class SiasnOptions : IEquatable<SiasnOptions>
{
    /// <summary>Creates options.</summary>
    /// <param name="pemetaanKoefisien">How a <c>koefisienId</c> is chosen.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pemetaanKoefisien"/> is undefined.</exception>
    public SiasnOptions(PemetaanKoefisienSiasn pemetaanKoefisien = PemetaanKoefisienSiasn.BarisReferensi)
    {
        PemetaanKoefisien = Preconditions.CheckDefined(pemetaanKoefisien);
        Policies = ImmutableArray.Create(new AppliedPolicy("PemetaanKoefisienSiasn", pemetaanKoefisien.ToString(), pemetaanKoefisien == PemetaanKoefisienSiasn.BarisReferensi));
    }

    /// <summary>The documented defaults.</summary>
    public static SiasnOptions Default { get; } = new();

    /// <summary>How a <c>koefisienId</c> is chosen.</summary>
    public PemetaanKoefisienSiasn PemetaanKoefisien { get; }

    /// <summary>The policies in force, as the findings that used them report them.</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>Whether two option sets are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SiasnOptions? left, SiasnOptions? right) => Equals(left, right);

    /// <summary>Whether two option sets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SiasnOptions? left, SiasnOptions? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(SiasnOptions? other) => other is not null && PemetaanKoefisien == other.PemetaanKoefisien;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SiasnOptions);

    /// <inheritdoc />
    public override int GetHashCode() => (int)PemetaanKoefisien;

    /// <summary>The policies.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(", ", Policies);
}
