using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// An objection (<em>keberatan</em>, PP 30/2019 Pasal 59) by the evaluated employee against the predicate the PPK set:
/// filed, with reasons, to the PPK's superior (<em>atasan pejabat penilai</em>) within 14 days of receiving the result.
/// </summary>
/// <remarks>
/// Dates are inputs: nothing reads a clock. Whether it was filed in time is checked by <see cref="KeberatanRules"/>,
/// which returns findings. Immutable and thread-safe. Equality compares every part.
/// </remarks>
public sealed class Keberatan : IEquatable<Keberatan>
{
    /// <summary>Creates the record of an objection.</summary>
    /// <param name="pegawai">The employee who objects; not empty.</param>
    /// <param name="predikat">The predicate objected to, as the PPK set it.</param>
    /// <param name="tanggalDiterima">The date the employee received the evaluation result.</param>
    /// <param name="tanggalDiajukan">The date the objection was filed; not before <paramref name="tanggalDiterima"/>.</param>
    /// <param name="alasan">The reasons; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="predikat"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, the reasons blank, a date is not in the ISO calendar, or the objection was filed before the result was received.</exception>
    public Keberatan(Nip pegawai, KeputusanPredikat predikat, LocalDate tanggalDiterima, LocalDate tanggalDiajukan, string alasan)
    {
        Preconditions.CheckArgument(!pegawai.IsEmpty, nameof(pegawai), "The NIP must not be empty.");
        Preconditions.CheckIso(tanggalDiterima);
        Preconditions.CheckIso(tanggalDiajukan);
        Preconditions.CheckArgument(
            tanggalDiajukan >= tanggalDiterima,
            nameof(tanggalDiajukan),
            string.Format(CultureInfo.InvariantCulture, "An objection cannot be filed ({0:yyyy-MM-dd}) before the result was received ({1:yyyy-MM-dd}).", tanggalDiajukan, tanggalDiterima));
        Pegawai = pegawai;
        Predikat = Preconditions.CheckNotNull(predikat);
        TanggalDiterima = tanggalDiterima;
        TanggalDiajukan = tanggalDiajukan;
        Alasan = Preconditions.CheckNotBlank(alasan);
    }

    /// <summary>The employee who objects.</summary>
    public Nip Pegawai { get; }

    /// <summary>The predicate objected to, as the PPK set it (with the computed one beside it).</summary>
    public KeputusanPredikat Predikat { get; }

    /// <summary>The date the employee received the evaluation result: the 14 days run from here.</summary>
    public LocalDate TanggalDiterima { get; }

    /// <summary>The date the objection was filed.</summary>
    public LocalDate TanggalDiajukan { get; }

    /// <summary>The reasons.</summary>
    public string Alasan { get; }

    /// <summary>Whether two objections are equal.</summary>
    /// <param name="left">The first objection.</param>
    /// <param name="right">The second objection.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Keberatan? left, Keberatan? right) => Equals(left, right);

    /// <summary>Whether two objections differ.</summary>
    /// <param name="left">The first objection.</param>
    /// <param name="right">The second objection.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Keberatan? left, Keberatan? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Keberatan? other) =>
        other is not null && Pegawai == other.Pegawai && Predikat == other.Predikat && TanggalDiterima == other.TanggalDiterima
        && TanggalDiajukan == other.TanggalDiajukan && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Keberatan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pegawai, Predikat, TanggalDiterima, TanggalDiajukan);

    /// <summary>The employee, the predicate and the filing date.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: keberatan atas {1}, diajukan {2:yyyy-MM-dd}", Pegawai, Predikat.Ditetapkan.ToLabel(), TanggalDiajukan);
}
