using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// One BerAKHLAK core value in a <see cref="KatalogBerakhlak"/>: the value, its stable code (<c>BO</c>, <c>AK</c>,
/// <c>KO</c>, <c>HA</c>, <c>LO</c>, <c>AD</c>, <c>KL</c>), its name in Bahasa Indonesia and English, and its
/// behaviour guides in the circular's order.
/// </summary>
/// <remarks>Instances come from a catalogue. Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class NilaiDasarBerakhlak : IEquatable<NilaiDasarBerakhlak>
{
    internal NilaiDasarBerakhlak(NilaiBerakhlak nilai, LocalizedText nama, ImmutableArray<PanduanPerilaku> panduan)
    {
        Nilai = Preconditions.CheckDefined(nilai);
        Nama = Preconditions.CheckNotNull(nama);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(nama.Indonesian) && !string.IsNullOrWhiteSpace(nama.English), nameof(nama), "A value's name must not be blank in either language.");
        for (var i = 0; i < panduan.Length; i++)
        {
            // The shape the known public bug breaks: a guide filed under another value, or numbered out of order.
            Preconditions.CheckArgument(panduan[i].Nilai == nilai, nameof(panduan), "Every guide must belong to the value it is listed under.");
            Preconditions.CheckArgument(panduan[i].Nomor == i + 1, nameof(panduan), "Guides must be numbered 1, 2, 3, ... in order.");
        }

        Panduan = panduan;
    }

    /// <summary>The core value.</summary>
    public NilaiBerakhlak Nilai { get; }

    /// <summary>The stable two-letter code, e.g. <c>BO</c>.</summary>
    public string Kode => Nilai.ToKode();

    /// <summary>The name: in Bahasa Indonesia, e.g. <c>Berorientasi Pelayanan</c>; in English, e.g. <c>Service-oriented</c>.</summary>
    public LocalizedText Nama { get; }

    /// <summary>The behaviour guides, in the circular's order.</summary>
    public ImmutableArray<PanduanPerilaku> Panduan { get; }

    /// <summary>Whether two entries are equal.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NilaiDasarBerakhlak? left, NilaiDasarBerakhlak? right) => Equals(left, right);

    /// <summary>Whether two entries differ.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(NilaiDasarBerakhlak? left, NilaiDasarBerakhlak? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(NilaiDasarBerakhlak? other) =>
        other is not null && Nilai == other.Nilai && Nama == other.Nama && Panduan.SequenceEqual(other.Panduan);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NilaiDasarBerakhlak);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nilai, Nama, Panduan.Length);

    /// <summary><c>BO Berorientasi Pelayanan</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kode + " " + Nama.Indonesian;
}
