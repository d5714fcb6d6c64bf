using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// One feedback entry (<em>umpan balik</em>) on one BerAKHLAK value of an SKP: who gave it (the PPK, or kept
/// separate, a peer or a subordinate), when, what was said, the evidence it rests on (<em>bukti dukung</em>), and,
/// optionally, the PPK's assessment of that value (<see cref="Ekspektasi"/>).
/// </summary>
/// <remarks>
/// <para>
/// An assessment on an entry from a peer or a subordinate is kept as recorded, but it is 360° input, not a rating:
/// <see cref="PenilaianNilaiBerakhlak.FromUmpanBalik"/> ignores it and <see cref="PerilakuKerjaRules"/> reports it
/// (<c>BHV005</c>). Missing evidence and dates outside the SKP period are rule outcomes, reported by
/// <see cref="PerilakuKerjaRules"/>, not refused here.
/// </para>
/// <para>Immutable and thread-safe. Equality compares every part; evidence references in order, ordinally.</para>
/// </remarks>
public sealed class UmpanBalik : IEquatable<UmpanBalik>
{
    /// <summary>Creates a feedback entry.</summary>
    /// <param name="id">The entry's identifier.</param>
    /// <param name="nilai">The core value the feedback is about.</param>
    /// <param name="sumber">Who gave it.</param>
    /// <param name="tanggal">The date it was given.</param>
    /// <param name="uraian">What was said.</param>
    /// <param name="buktiDukung">References to the evidence (document numbers, links); may be empty, blank entries are dropped.</param>
    /// <param name="penilaian">The assessment of the value, or null when the entry carries none.</param>
    /// <param name="pemberi">The NIP of the person who gave it, or null when not recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="uraian"/> or <paramref name="buktiDukung"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="uraian"/> is blank, <paramref name="id"/> holds a lone surrogate (not well-formed UTF-16), or the date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
    public UmpanBalik(
        string id,
        NilaiBerakhlak nilai,
        SumberUmpanBalik sumber,
        LocalDate tanggal,
        string uraian,
        IEnumerable<string> buktiDukung,
        Ekspektasi? penilaian = null,
        Nip? pemberi = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Nilai = Preconditions.CheckDefined(nilai);
        Sumber = Preconditions.CheckDefined(sumber);
        Preconditions.CheckArgument(tanggal.Calendar == CalendarSystem.Iso, nameof(tanggal), "The date must be in the ISO calendar.");
        Tanggal = tanggal;
        Uraian = Preconditions.CheckNotBlank(uraian);
        BuktiDukung = Preconditions.CheckNotNull(buktiDukung).Where(b => !string.IsNullOrWhiteSpace(b)).ToImmutableArray();
        Penilaian = penilaian is { } p ? Preconditions.CheckDefined(p) : null;
        Preconditions.CheckArgument(pemberi is null || !pemberi.Value.IsEmpty, nameof(pemberi), "The NIP must not be empty; pass null when it is not recorded.");
        Pemberi = pemberi;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The core value the feedback is about.</summary>
    public NilaiBerakhlak Nilai { get; }

    /// <summary>Who gave it.</summary>
    public SumberUmpanBalik Sumber { get; }

    /// <summary>Whether the PPK gave it (the only source whose assessment counts).</summary>
    public bool IsDariPejabatPenilai => Sumber == SumberUmpanBalik.PejabatPenilai;

    /// <summary>The date it was given.</summary>
    public LocalDate Tanggal { get; }

    /// <summary>What was said.</summary>
    public string Uraian { get; }

    /// <summary>References to the evidence (<em>bukti dukung</em>), in order; empty when none was given.</summary>
    public ImmutableArray<string> BuktiDukung { get; }

    /// <summary>The assessment of the value recorded on the entry, or null.</summary>
    public Ekspektasi? Penilaian { get; }

    /// <summary>The NIP of the person who gave it, or null when not recorded.</summary>
    public Nip? Pemberi { get; }

    /// <summary>Whether two entries are equal.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(UmpanBalik? left, UmpanBalik? right) => Equals(left, right);

    /// <summary>Whether two entries differ.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(UmpanBalik? left, UmpanBalik? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(UmpanBalik? other) => other is not null && Compare(this, other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UmpanBalik);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Nilai, Sumber, Tanggal, Penilaian);

    /// <summary><c>id 2024-03-01 BerorientasiPelayanan (PejabatPenilai): uraian</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1:yyyy-MM-dd} {2} ({3}): {4}", Id, Tanggal, Nilai, Sumber, Uraian);

    /// <summary>
    /// A total order over every part (date, ID, value, source, assessment, giver, text, evidence), so that a list of
    /// entries can be put into one canonical order whatever order the caller gave them in.
    /// </summary>
    internal static int Compare(UmpanBalik a, UmpanBalik b)
    {
        var c = a.Tanggal.CompareTo(b.Tanggal);
        if (c == 0) { c = string.CompareOrdinal(a.Id, b.Id); }
        if (c == 0) { c = a.Nilai.CompareTo(b.Nilai); }
        if (c == 0) { c = a.Sumber.CompareTo(b.Sumber); }
        if (c == 0) { c = Nullable.Compare(a.Penilaian, b.Penilaian); }
        if (c == 0) { c = Nullable.Compare(a.Pemberi, b.Pemberi); }
        if (c == 0) { c = string.CompareOrdinal(a.Uraian, b.Uraian); }
        if (c == 0) { c = a.BuktiDukung.Length.CompareTo(b.BuktiDukung.Length); }
        for (var i = 0; c == 0 && i < a.BuktiDukung.Length; i++)
        {
            c = string.CompareOrdinal(a.BuktiDukung[i], b.BuktiDukung[i]);
        }

        return c;
    }
}
