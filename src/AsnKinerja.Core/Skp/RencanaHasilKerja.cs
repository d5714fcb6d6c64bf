using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// A planned result (<em>Rencana Hasil Kerja</em>, RHK) of an SKP: main or additional, organisation or personal,
/// with its indicators and where it comes from: the superior's RHK it intervenes (JA/JF), the organisation goal it
/// derives from (JPT: <em>Perjanjian Kinerja</em> or Renstra), or the superior who assigned it (<em>penugasan dari</em>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the identifier and every part.</remarks>
public sealed class RencanaHasilKerja : IEquatable<RencanaHasilKerja>
{
    /// <summary>Creates an RHK.</summary>
    /// <param name="id">The identifier, unique across the SKPs of a period (the cascade refers to it).</param>
    /// <param name="uraian">The result, in words.</param>
    /// <param name="jenis">Main or additional.</param>
    /// <param name="klasifikasi">Organisation or personal.</param>
    /// <param name="indikator">The indicators; IKI identifiers unique within the RHK.</param>
    /// <param name="rhkAtasanId">The superior's RHK this one intervenes, or null.</param>
    /// <param name="sumberKinerjaOrganisasi">For a JPT: the organisation goal (<em>Perjanjian Kinerja</em> / Renstra) it derives from, or null.</param>
    /// <param name="penugasanDari">Who assigned it (a superior or work-team leader), or null.</param>
    /// <param name="metodeCascading">How it cascades from the superior's RHK, or null when not recorded.</param>
    /// <exception cref="ArgumentException">A text is blank, an enum undefined, two IKI share an identifier, or an identifier or reference holds a lone surrogate (not well-formed UTF-16).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="indikator"/> or an element is null.</exception>
    public RencanaHasilKerja(
        string id,
        string uraian,
        JenisRhk jenis,
        KlasifikasiRhk klasifikasi,
        IEnumerable<IndikatorKinerjaIndividu> indikator,
        string? rhkAtasanId = null,
        string? sumberKinerjaOrganisasi = null,
        string? penugasanDari = null,
        MetodeCascading? metodeCascading = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Uraian = Preconditions.CheckNotBlank(uraian);
        Jenis = Preconditions.CheckDefined(jenis);
        Klasifikasi = Preconditions.CheckDefined(klasifikasi);
        Indikator = Preconditions.CheckNotNull(indikator).ToImmutableArray();
        Preconditions.CheckArgument(!Indikator.Contains(null!), nameof(indikator), "Indicators must not contain null.");
        var duplicate = Indikator.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(indikator), string.Format(CultureInfo.InvariantCulture, "IKI ID {0} appears more than once in RHK {1}.", Preconditions.Quote(duplicate?.Key), Preconditions.Quote(id)));
        RhkAtasanId = Blank(Preconditions.CheckWellFormed(rhkAtasanId));
        SumberKinerjaOrganisasi = Blank(Preconditions.CheckWellFormed(sumberKinerjaOrganisasi));
        PenugasanDari = Blank(Preconditions.CheckWellFormed(penugasanDari));
        MetodeCascading = metodeCascading is { } m ? Preconditions.CheckDefined(m, nameof(metodeCascading)) : null;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The result, in words.</summary>
    public string Uraian { get; }

    /// <summary>Main or additional.</summary>
    public JenisRhk Jenis { get; }

    /// <summary>Organisation or personal.</summary>
    public KlasifikasiRhk Klasifikasi { get; }

    /// <summary>The indicators, in order.</summary>
    public ImmutableArray<IndikatorKinerjaIndividu> Indikator { get; }

    /// <summary>The superior's RHK this one intervenes (<em>RHK atasan yang diintervensi</em>), or null.</summary>
    public string? RhkAtasanId { get; }

    /// <summary>The organisation goal a JPT result derives from, or null.</summary>
    public string? SumberKinerjaOrganisasi { get; }

    /// <summary>Who assigned the result (<em>penugasan dari</em>), or null.</summary>
    public string? PenugasanDari { get; }

    /// <summary>How it cascades from the superior's RHK, or null when not recorded.</summary>
    public MetodeCascading? MetodeCascading { get; }

    /// <summary>Whether two RHK are equal.</summary>
    /// <param name="left">The first RHK.</param>
    /// <param name="right">The second RHK.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RencanaHasilKerja? left, RencanaHasilKerja? right) => Equals(left, right);

    /// <summary>Whether two RHK differ.</summary>
    /// <param name="left">The first RHK.</param>
    /// <param name="right">The second RHK.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RencanaHasilKerja? left, RencanaHasilKerja? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(RencanaHasilKerja? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Uraian, other.Uraian, StringComparison.Ordinal)
        && Jenis == other.Jenis && Klasifikasi == other.Klasifikasi && Indikator.SequenceEqual(other.Indikator)
        && string.Equals(RhkAtasanId, other.RhkAtasanId, StringComparison.Ordinal)
        && string.Equals(SumberKinerjaOrganisasi, other.SumberKinerjaOrganisasi, StringComparison.Ordinal)
        && string.Equals(PenugasanDari, other.PenugasanDari, StringComparison.Ordinal) && MetodeCascading == other.MetodeCascading;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RencanaHasilKerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Jenis, Klasifikasi, Indikator.Length);

    /// <summary>The identifier and text.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Id + " " + Uraian;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
