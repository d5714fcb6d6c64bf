using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// The decision on an objection by the PPK's superior (PP 30/2019 Pasal 59): it upholds the PPK's predicate or changes
/// it, and it is final. Like <see cref="KeputusanPredikat"/> it keeps who decided, when and why beside the predicate it
/// replaces, so a distribution can be checked again on the final predicates (<see cref="PredikatAkhir"/>).
/// </summary>
/// <remarks>
/// Whether the right official decided, and whether the objection was in time, is checked by
/// <see cref="KeberatanRules"/>. Immutable and thread-safe. Equality compares every part.
/// </remarks>
public sealed class KeputusanKeberatan : IEquatable<KeputusanKeberatan>
{
    private KeputusanKeberatan(Keberatan keberatan, PredikatKinerja predikatAkhir, Pejabat diputuskanOleh, LocalDate tanggal, string alasan)
    {
        Keberatan = keberatan;
        PredikatAkhir = predikatAkhir;
        DiputuskanOleh = diputuskanOleh;
        Tanggal = tanggal;
        Alasan = alasan;
    }

    /// <summary>The objection decided.</summary>
    public Keberatan Keberatan { get; }

    /// <summary>The final predicate.</summary>
    public PredikatKinerja PredikatAkhir { get; }

    /// <summary>Whether the decision changed the PPK's predicate.</summary>
    public bool IsDiubah => PredikatAkhir != Keberatan.Predikat.Ditetapkan;

    /// <summary>Who decided (the PPK's superior, an ASN or a non-ASN official).</summary>
    public Pejabat DiputuskanOleh { get; }

    /// <summary>When it was decided (an input date).</summary>
    public LocalDate Tanggal { get; }

    /// <summary>Why.</summary>
    public string Alasan { get; }

    /// <summary>Whether two decisions are equal.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KeputusanKeberatan? left, KeputusanKeberatan? right) => Equals(left, right);

    /// <summary>Whether two decisions differ.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KeputusanKeberatan? left, KeputusanKeberatan? right) => !Equals(left, right);

    /// <summary>The objection is rejected: the PPK's predicate stands (<em>dikuatkan</em>).</summary>
    /// <param name="keberatan">The objection.</param>
    /// <param name="diputuskanOleh">Who decided.</param>
    /// <param name="tanggal">When; not before the objection was filed.</param>
    /// <param name="alasan">Why; not blank.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The reason is blank, the date is not in the ISO calendar, or the decision precedes the objection.</exception>
    public static KeputusanKeberatan Kuatkan(Keberatan keberatan, Pejabat diputuskanOleh, LocalDate tanggal, string alasan) =>
        Create(keberatan, Preconditions.CheckNotNull(keberatan).Predikat.Ditetapkan, diputuskanOleh, tanggal, alasan);

    /// <summary>The objection is granted: the superior sets another predicate (<em>mengubah dan menetapkan</em>).</summary>
    /// <param name="keberatan">The objection.</param>
    /// <param name="predikatAkhir">The final predicate; it must differ from the PPK's (use <see cref="Kuatkan"/> otherwise).</param>
    /// <param name="diputuskanOleh">Who decided.</param>
    /// <param name="tanggal">When; not before the objection was filed.</param>
    /// <param name="alasan">Why; not blank.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The predicate equals the PPK's, the reason is blank, the date is not in the ISO calendar, or the decision precedes the objection.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikatAkhir"/> is undefined.</exception>
    public static KeputusanKeberatan Ubah(Keberatan keberatan, PredikatKinerja predikatAkhir, Pejabat diputuskanOleh, LocalDate tanggal, string alasan)
    {
        Preconditions.CheckNotNull(keberatan);
        Preconditions.CheckDefined(predikatAkhir);
        Preconditions.CheckArgument(predikatAkhir != keberatan.Predikat.Ditetapkan, nameof(predikatAkhir), "The final predicate equals the PPK's: use Kuatkan.");
        return Create(keberatan, predikatAkhir, diputuskanOleh, tanggal, alasan);
    }

    /// <summary>How the final predicate was reached: the objection, who decided, when and why, and the predicate it replaced.</summary>
    /// <returns>The explanation; its policies are those of the decision objected to.</returns>
    public Explanation Explain()
    {
        var date = Tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var definition = IsDiubah ? PredicateExplanations.KeputusanKeberatanUbah : PredicateExplanations.KeputusanKeberatanKuatkan;
        return definition.Create(
            Keberatan.Predikat.Terhitung.Explanation.RuleSet,
            definition.Key,
            new[]
            {
                FindingValue.Of("pegawai", Keberatan.Pegawai.ToString()),
                FindingValue.Of("predikatPpk", Keberatan.Predikat.Ditetapkan.ToLabel()),
                FindingValue.Of("predikatAkhir", PredikatAkhir.ToLabel()),
                FindingValue.Of("oleh", DiputuskanOleh.ToString()),
                FindingValue.Of("tanggal", date),
                FindingValue.Of("alasan", Alasan),
            },
            Array.Empty<FindingValue>(),
            Keberatan.Predikat.Terhitung.Explanation.Policies);
    }

    /// <inheritdoc />
    public bool Equals(KeputusanKeberatan? other) =>
        other is not null && Keberatan == other.Keberatan && PredikatAkhir == other.PredikatAkhir && DiputuskanOleh == other.DiputuskanOleh
        && Tanggal == other.Tanggal && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KeputusanKeberatan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Keberatan, PredikatAkhir, DiputuskanOleh, Tanggal);

    /// <summary>The final predicate, and the PPK's when changed.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsDiubah ? PredikatAkhir.ToLabel() + " (semula " + Keberatan.Predikat.Ditetapkan.ToLabel() + ")" : PredikatAkhir.ToLabel() + " (dikuatkan)";

    private static KeputusanKeberatan Create(Keberatan keberatan, PredikatKinerja predikatAkhir, Pejabat diputuskanOleh, LocalDate tanggal, string alasan)
    {
        Preconditions.CheckNotNull(keberatan);
        Preconditions.CheckNotNull(diputuskanOleh);
        Preconditions.CheckIso(tanggal);
        Preconditions.CheckArgument(
            tanggal >= keberatan.TanggalDiajukan,
            nameof(tanggal),
            string.Format(CultureInfo.InvariantCulture, "The decision ({0:yyyy-MM-dd}) cannot precede the objection ({1:yyyy-MM-dd}).", tanggal, keberatan.TanggalDiajukan));
        return new KeputusanKeberatan(keberatan, predikatAkhir, diputuskanOleh, tanggal, Preconditions.CheckNotBlank(alasan));
    }
}
