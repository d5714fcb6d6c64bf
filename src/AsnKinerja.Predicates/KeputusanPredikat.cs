using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// The predicate the PPK decided, kept beside the one the rules computed. When they differ, the decision carries who
/// decided, when and why; both stay explainable.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class KeputusanPredikat : IEquatable<KeputusanPredikat>
{
    private KeputusanPredikat(PredikatTerhitung terhitung, PredikatKinerja ditetapkan, Pejabat? ditetapkanOleh, LocalDate? tanggal, string? alasan)
    {
        Terhitung = terhitung;
        Ditetapkan = ditetapkan;
        DitetapkanOleh = ditetapkanOleh;
        Tanggal = tanggal;
        Alasan = alasan;
    }

    /// <summary>The predicate the rules computed, with its explanation.</summary>
    public PredikatTerhitung Terhitung { get; }

    /// <summary>The predicate that was set.</summary>
    public PredikatKinerja Ditetapkan { get; }

    /// <summary>Who set a different predicate (the PPK: an ASN official, or a non-ASN one such as a regent); null when the computed one was accepted.</summary>
    public Pejabat? DitetapkanOleh { get; }

    /// <summary>When a different predicate was set; null when the computed one was accepted.</summary>
    public LocalDate? Tanggal { get; }

    /// <summary>Why a different predicate was set; null when the computed one was accepted.</summary>
    public string? Alasan { get; }

    /// <summary>Whether the set predicate differs from the computed one.</summary>
    public bool IsOverride => Ditetapkan != Terhitung.Predikat;

    /// <summary>Whether two decisions are equal.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KeputusanPredikat? left, KeputusanPredikat? right) => Equals(left, right);

    /// <summary>Whether two decisions differ.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KeputusanPredikat? left, KeputusanPredikat? right) => !Equals(left, right);

    /// <summary>The computed predicate is accepted as it is.</summary>
    /// <param name="terhitung">The computed predicate.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terhitung"/> is null.</exception>
    public static KeputusanPredikat Terima(PredikatTerhitung terhitung) =>
        new(Preconditions.CheckNotNull(terhitung), terhitung.Predikat, null, null, null);

    /// <summary>A predicate is set that differs from the computed one (for example after calibration).</summary>
    /// <param name="terhitung">The computed predicate.</param>
    /// <param name="ditetapkan">The predicate set; must differ from the computed one.</param>
    /// <param name="ditetapkanOleh">Who set it (the PPK).</param>
    /// <param name="tanggal">When (an input date: nothing reads a clock).</param>
    /// <param name="alasan">Why; not blank.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terhitung"/> or <paramref name="ditetapkanOleh"/> is null.</exception>
    /// <exception cref="ArgumentException">The predicate equals the computed one (use <see cref="Terima"/>) or the reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ditetapkan"/> is undefined.</exception>
    public static KeputusanPredikat Ubah(PredikatTerhitung terhitung, PredikatKinerja ditetapkan, Pejabat ditetapkanOleh, LocalDate tanggal, string alasan)
    {
        Preconditions.CheckNotNull(terhitung);
        Preconditions.CheckDefined(ditetapkan);
        Preconditions.CheckNotNull(ditetapkanOleh);
        Preconditions.CheckArgument(ditetapkan != terhitung.Predikat, nameof(ditetapkan), "The decided predicate equals the computed one: use Terima.");
        return new KeputusanPredikat(terhitung, ditetapkan, ditetapkanOleh, tanggal, Preconditions.CheckNotBlank(alasan));
    }

    /// <summary>A predicate is set by an ASN official known by NIP only (see <see cref="Ubah(PredikatTerhitung, PredikatKinerja, Pejabat, LocalDate, string)"/>).</summary>
    /// <param name="terhitung">The computed predicate.</param>
    /// <param name="ditetapkan">The predicate set; must differ from the computed one.</param>
    /// <param name="ditetapkanOleh">The PPK's NIP; not empty.</param>
    /// <param name="tanggal">When (an input date: nothing reads a clock).</param>
    /// <param name="alasan">Why; not blank.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terhitung"/> is null.</exception>
    /// <exception cref="ArgumentException">The predicate equals the computed one (use <see cref="Terima"/>), the NIP is empty or the reason blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ditetapkan"/> is undefined.</exception>
    public static KeputusanPredikat Ubah(PredikatTerhitung terhitung, PredikatKinerja ditetapkan, Nip ditetapkanOleh, LocalDate tanggal, string alasan) =>
        Ubah(terhitung, ditetapkan, Pejabat.Asn(ditetapkanOleh), tanggal, alasan);

    /// <summary>The explanation of the decision: the computed explanation when accepted; otherwise who changed it, when and why.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain()
    {
        if (!IsOverride)
        {
            return Terhitung.Explanation;
        }

        var date = Tanggal!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return PredicateExplanations.KeputusanPpk.Create(
            Terhitung.Explanation.RuleSet,
            "KeputusanPpk",
            new[]
            {
                FindingValue.Of("terhitung", Terhitung.Predikat.ToLabel()),
                FindingValue.Of("ditetapkan", Ditetapkan.ToLabel()),
                FindingValue.Of("oleh", DitetapkanOleh!.ToString()),
                FindingValue.Of("tanggal", date),
                FindingValue.Of("alasan", Alasan),
                FindingValue.Of("aturanTerhitung", Terhitung.Explanation.Rule),
            },
            Array.Empty<FindingValue>(),
            Terhitung.Explanation.Policies);
    }

    /// <inheritdoc />
    public bool Equals(KeputusanPredikat? other) =>
        other is not null && Terhitung == other.Terhitung && Ditetapkan == other.Ditetapkan && DitetapkanOleh == other.DitetapkanOleh
        && Tanggal == other.Tanggal && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KeputusanPredikat);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terhitung, Ditetapkan, DitetapkanOleh, Tanggal);

    /// <summary>The set predicate, and the computed one when different.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsOverride ? Ditetapkan.ToLabel() + " (terhitung " + Terhitung.Predikat.ToLabel() + ")" : Ditetapkan.ToLabel();
}
