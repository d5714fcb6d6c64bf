using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// A PPK's decision to set an employee's predicate other than the computed one in a period: an accepted calibration
/// proposal, or the PPK's own change, with who, when and why. Recorded in a <see cref="KeputusanPeriode"/>; an employee
/// without one stands at the computed predicate.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class PenetapanPredikat : IEquatable<PenetapanPredikat>
{
    /// <summary>Creates the record.</summary>
    /// <param name="nip">The employee; not empty.</param>
    /// <param name="ditetapkan">The predicate set.</param>
    /// <param name="ditetapkanOleh">Who set it (the PPK).</param>
    /// <param name="tanggal">When (an input date: nothing reads a clock).</param>
    /// <param name="alasan">Why; not blank.</param>
    /// <param name="isKalibrasi">Whether it carries out the period's calibration proposal for the employee (then it must name the proposed predicate).</param>
    /// <exception cref="ArgumentNullException"><paramref name="ditetapkanOleh"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, the date is not in the ISO calendar, or the reason blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ditetapkan"/> is undefined.</exception>
    public PenetapanPredikat(Nip nip, PredikatKinerja ditetapkan, Pejabat ditetapkanOleh, LocalDate tanggal, string alasan, bool isKalibrasi = false)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Nip = nip;
        Ditetapkan = Preconditions.CheckDefined(ditetapkan);
        DitetapkanOleh = Preconditions.CheckNotNull(ditetapkanOleh);
        Tanggal = Preconditions.CheckIso(tanggal);
        Alasan = Preconditions.CheckNotBlank(alasan);
        IsKalibrasi = isKalibrasi;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

    /// <summary>The predicate set.</summary>
    public PredikatKinerja Ditetapkan { get; }

    /// <summary>Who set it.</summary>
    public Pejabat DitetapkanOleh { get; }

    /// <summary>When.</summary>
    public LocalDate Tanggal { get; }

    /// <summary>Why.</summary>
    public string Alasan { get; }

    /// <summary>Whether it carries out the period's calibration proposal for the employee.</summary>
    public bool IsKalibrasi { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenetapanPredikat? left, PenetapanPredikat? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenetapanPredikat? left, PenetapanPredikat? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PenetapanPredikat? other) =>
        other is not null && Nip == other.Nip && Ditetapkan == other.Ditetapkan && DitetapkanOleh == other.DitetapkanOleh && Tanggal == other.Tanggal
        && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal) && IsKalibrasi == other.IsKalibrasi;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenetapanPredikat);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, Ditetapkan, DitetapkanOleh, Tanggal, IsKalibrasi);

    /// <summary>The employee, the predicate, who and when.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} oleh {2} pada {3:yyyy-MM-dd}{4}", Nip, Ditetapkan.ToLabel(), DitetapkanOleh, Tanggal, IsKalibrasi ? " (kalibrasi)" : string.Empty);
}

/// <summary>
/// The decision on an objection by the PPK's superior (PP 30/2019 Pasal 59), as recorded in a period: the final
/// predicate, who decided, when and why. Equal to the PPK's predicate when the objection is rejected.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class PutusanKeberatan : IEquatable<PutusanKeberatan>
{
    /// <summary>Creates the record.</summary>
    /// <param name="predikatAkhir">The final predicate.</param>
    /// <param name="diputuskanOleh">Who decided (the PPK's superior).</param>
    /// <param name="tanggal">When.</param>
    /// <param name="alasan">Why; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diputuskanOleh"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar, or the reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikatAkhir"/> is undefined.</exception>
    public PutusanKeberatan(PredikatKinerja predikatAkhir, Pejabat diputuskanOleh, LocalDate tanggal, string alasan)
    {
        PredikatAkhir = Preconditions.CheckDefined(predikatAkhir);
        DiputuskanOleh = Preconditions.CheckNotNull(diputuskanOleh);
        Tanggal = Preconditions.CheckIso(tanggal);
        Alasan = Preconditions.CheckNotBlank(alasan);
    }

    /// <summary>The final predicate.</summary>
    public PredikatKinerja PredikatAkhir { get; }

    /// <summary>Who decided.</summary>
    public Pejabat DiputuskanOleh { get; }

    /// <summary>When.</summary>
    public LocalDate Tanggal { get; }

    /// <summary>Why.</summary>
    public string Alasan { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PutusanKeberatan? left, PutusanKeberatan? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PutusanKeberatan? left, PutusanKeberatan? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PutusanKeberatan? other) =>
        other is not null && PredikatAkhir == other.PredikatAkhir && DiputuskanOleh == other.DiputuskanOleh && Tanggal == other.Tanggal
        && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PutusanKeberatan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PredikatAkhir, DiputuskanOleh, Tanggal);

    /// <summary>The final predicate, who and when.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} oleh {1} pada {2:yyyy-MM-dd}", PredikatAkhir.ToLabel(), DiputuskanOleh, Tanggal);
}

/// <summary>
/// An objection (<em>keberatan</em>) as recorded in a period: who objects, when the result was received, when the
/// objection was filed, why, and the superior's decision once made. <see cref="EvaluasiPeriodeResult.Tetapkan"/> binds
/// it to the PPK's decision it is against (a <see cref="Keberatan"/>) and checks it with <see cref="KeberatanRules"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class CatatanKeberatan : IEquatable<CatatanKeberatan>
{
    /// <summary>Creates the record.</summary>
    /// <param name="nip">The employee who objects; not empty.</param>
    /// <param name="tanggalDiterima">When the employee received the evaluation result.</param>
    /// <param name="tanggalDiajukan">When the objection was filed; not before <paramref name="tanggalDiterima"/>.</param>
    /// <param name="alasan">The reasons; not blank.</param>
    /// <param name="putusan">The decision, or null while undecided; not before the filing.</param>
    /// <exception cref="ArgumentException">The NIP is empty, the reasons blank, a date not in the ISO calendar, or the dates out of order.</exception>
    public CatatanKeberatan(Nip nip, LocalDate tanggalDiterima, LocalDate tanggalDiajukan, string alasan, PutusanKeberatan? putusan = null)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Preconditions.CheckIso(tanggalDiterima);
        Preconditions.CheckIso(tanggalDiajukan);
        Preconditions.CheckArgument(
            tanggalDiajukan >= tanggalDiterima,
            nameof(tanggalDiajukan),
            string.Format(CultureInfo.InvariantCulture, "An objection cannot be filed ({0:yyyy-MM-dd}) before the result was received ({1:yyyy-MM-dd}).", tanggalDiajukan, tanggalDiterima));
        Preconditions.CheckArgument(
            putusan is null || putusan.Tanggal >= tanggalDiajukan,
            nameof(putusan),
            string.Format(CultureInfo.InvariantCulture, "The decision ({0:yyyy-MM-dd}) cannot precede the objection ({1:yyyy-MM-dd}).", putusan?.Tanggal, tanggalDiajukan));
        Nip = nip;
        TanggalDiterima = tanggalDiterima;
        TanggalDiajukan = tanggalDiajukan;
        Alasan = Preconditions.CheckNotBlank(alasan);
        Putusan = putusan;
    }

    /// <summary>The employee who objects.</summary>
    public Nip Nip { get; }

    /// <summary>When the employee received the evaluation result: the 14 days run from here.</summary>
    public LocalDate TanggalDiterima { get; }

    /// <summary>When the objection was filed.</summary>
    public LocalDate TanggalDiajukan { get; }

    /// <summary>The reasons.</summary>
    public string Alasan { get; }

    /// <summary>The superior's decision, or null while undecided.</summary>
    public PutusanKeberatan? Putusan { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CatatanKeberatan? left, CatatanKeberatan? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CatatanKeberatan? left, CatatanKeberatan? right) => !Equals(left, right);

    /// <summary>The same objection with its decision.</summary>
    /// <param name="putusan">The decision.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="putusan"/> is null.</exception>
    /// <exception cref="ArgumentException">The decision precedes the filing.</exception>
    public CatatanKeberatan WithPutusan(PutusanKeberatan putusan) => new(Nip, TanggalDiterima, TanggalDiajukan, Alasan, Preconditions.CheckNotNull(putusan));

    /// <inheritdoc />
    public bool Equals(CatatanKeberatan? other) =>
        other is not null && Nip == other.Nip && TanggalDiterima == other.TanggalDiterima && TanggalDiajukan == other.TanggalDiajukan
        && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal) && Putusan == other.Putusan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatatanKeberatan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, TanggalDiterima, TanggalDiajukan, Putusan);

    /// <summary>The employee, the filing date and the decision.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: keberatan diajukan {1:yyyy-MM-dd}, {2}", Nip, TanggalDiajukan, Putusan is { } p ? "diputus " + p : "belum diputus");
}
