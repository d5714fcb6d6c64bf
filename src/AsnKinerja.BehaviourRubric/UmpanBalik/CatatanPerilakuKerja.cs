using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The behaviour record of one SKP over its period: the SKP (whose <see cref="Skp.PerilakuKerja"/> carries the
/// leader's <em>ekspektasi khusus pimpinan</em> per value), the feedback entries (<em>umpan balik berkelanjutan</em>,
/// from the PPK and, kept separate, from peers and subordinates), and the PPK's decision on the overall rating once made.
/// </summary>
/// <remarks>
/// Entries are kept in one canonical order (date, then ID), whatever order they were given in, so every result read
/// from the record is independent of input order. Entry IDs are unique within a record. Immutable and thread-safe.
/// Equality is reference equality, as for <see cref="Skp"/>.
/// </remarks>
public sealed class CatatanPerilakuKerja
{
    /// <summary>Creates the record.</summary>
    /// <param name="skp">The SKP.</param>
    /// <param name="umpanBalik">The feedback entries, in any order; IDs unique.</param>
    /// <param name="penilaian">The PPK's decision on the overall rating, or null while not decided.</param>
    /// <exception cref="ArgumentNullException"><paramref name="skp"/> or <paramref name="umpanBalik"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is null, or two entries share an ID.</exception>
    public CatatanPerilakuKerja(Skp skp, IEnumerable<UmpanBalik> umpanBalik, PenilaianPerilakuKerja? penilaian = null)
    {
        Skp = Preconditions.CheckNotNull(skp);
        var list = Preconditions.CheckNotNull(umpanBalik).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in list)
        {
            Preconditions.CheckArgument(u is not null, nameof(umpanBalik), "Entries must not be null.");
            Preconditions.CheckArgument(ids.Add(u.Id), nameof(umpanBalik), string.Format(CultureInfo.InvariantCulture, "Two feedback entries share the ID {0}.", Preconditions.Quote(u.Id)));
        }

        list.Sort(global::AsnKinerja.BehaviourRubric.UmpanBalik.Compare);
        UmpanBalik = list.ToImmutableArray();
        Penilaian = penilaian;
    }

    /// <summary>The SKP.</summary>
    public Skp Skp { get; }

    /// <summary>The feedback entries, by date then ID.</summary>
    public ImmutableArray<UmpanBalik> UmpanBalik { get; }

    /// <summary>The PPK's decision on the overall rating, or null while not decided.</summary>
    public PenilaianPerilakuKerja? Penilaian { get; }

    /// <summary>The feedback entries dated inside the SKP period, by date then ID.</summary>
    public IEnumerable<UmpanBalik> UmpanBalikDalamPeriode => UmpanBalik.Where(u => Skp.Periode.Contains(u.Tanggal));

    /// <summary>The leader's specific expectation for a value, or null when none is set or the value is not in the SKP.</summary>
    /// <param name="nilai">The value.</param>
    /// <returns>The expectation, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public string? GetEkspektasiKhusus(NilaiBerakhlak nilai)
    {
        Preconditions.CheckDefined(nilai);
        return Skp.PerilakuKerja.FirstOrDefault(p => p.Nilai == nilai)?.EkspektasiKhusus;
    }

    /// <summary>The feedback entries on a value, by date then ID.</summary>
    /// <param name="nilai">The value.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public ImmutableArray<UmpanBalik> GetUmpanBalik(NilaiBerakhlak nilai)
    {
        Preconditions.CheckDefined(nilai);
        return UmpanBalik.Where(u => u.Nilai == nilai).ToImmutableArray();
    }

    /// <summary>
    /// The PPK's per-value assessments read from the entries inside the SKP period
    /// (<see cref="PenilaianNilaiBerakhlak.FromUmpanBalik"/>: the latest PPK assessment per value; 360° input ignored).
    /// </summary>
    /// <returns>The assessments.</returns>
    public PenilaianNilaiBerakhlak GetPenilaianNilai() => PenilaianNilaiBerakhlak.FromUmpanBalik(UmpanBalikDalamPeriode);

    /// <summary>A copy with more feedback entries.</summary>
    /// <param name="umpanBalik">The entries to add; IDs unique across the record.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentException">An entry is null or an ID repeats.</exception>
    public CatatanPerilakuKerja WithUmpanBalik(IEnumerable<UmpanBalik> umpanBalik) =>
        new(Skp, UmpanBalik.Concat(Preconditions.CheckNotNull(umpanBalik)), Penilaian);

    /// <summary>A copy with the PPK's decision set (or cleared with null).</summary>
    /// <param name="penilaian">The decision.</param>
    /// <returns>The new record.</returns>
    public CatatanPerilakuKerja WithPenilaian(PenilaianPerilakuKerja? penilaian) => new(Skp, UmpanBalik, penilaian);

    /// <summary>The SKP and the number of entries.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: {1} umpan balik", Skp.Id, UmpanBalik.Length);
}
