namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// One behaviour guide (<em>panduan perilaku</em>) of a BerAKHLAK core value, as the circular words it: a stable code
/// such as <c>KO-2</c>, the value it belongs to, its number within the value (1 to 3), and its text in Bahasa
/// Indonesia (the official wording) and in English (the library's translation).
/// </summary>
/// <remarks>
/// Instances come from a <see cref="KatalogBerakhlak"/>; there is no public constructor, so a guide can never be
/// filed under the wrong value. Immutable and thread-safe. Equality compares every part ordinally.
/// </remarks>
public sealed class PanduanPerilaku : IEquatable<PanduanPerilaku>
{
    internal PanduanPerilaku(NilaiBerakhlak nilai, int nomor, LocalizedText teks)
    {
        Nilai = Preconditions.CheckDefined(nilai);
        Nomor = Preconditions.CheckRange(nomor, 1, 9);
        Teks = Preconditions.CheckNotNull(teks);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(teks.Indonesian) && !string.IsNullOrWhiteSpace(teks.English), nameof(teks), "A guide's text must not be blank in either language.");
        Kode = nilai.ToKode() + "-" + nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The stable code, e.g. <c>BO-1</c> or <c>KL-3</c>: the value's code, a hyphen and the guide's number.</summary>
    public string Kode { get; }

    /// <summary>The core value the guide belongs to.</summary>
    public NilaiBerakhlak Nilai { get; }

    /// <summary>The guide's number within its value, from 1, in the circular's order.</summary>
    public int Nomor { get; }

    /// <summary>The text: <see cref="LocalizedText.Indonesian"/> is the official wording, <see cref="LocalizedText.English"/> the library's translation (not an official one).</summary>
    public LocalizedText Teks { get; }

    /// <summary>Whether two guides are equal.</summary>
    /// <param name="left">The first guide.</param>
    /// <param name="right">The second guide.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PanduanPerilaku? left, PanduanPerilaku? right) => Equals(left, right);

    /// <summary>Whether two guides differ.</summary>
    /// <param name="left">The first guide.</param>
    /// <param name="right">The second guide.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PanduanPerilaku? left, PanduanPerilaku? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PanduanPerilaku? other) =>
        other is not null && Nilai == other.Nilai && Nomor == other.Nomor && Teks == other.Teks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PanduanPerilaku);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nilai, Nomor, Teks);

    /// <summary><c>KO-2 Membantu orang lain belajar</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kode + " " + Teks.Indonesian;
}
