using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// The descriptor of a versioned body of rules tied to one regulation: its stable <see cref="Id"/>, its names, the
/// decision dates it may be used on, and the performance periods it governs. Evaluating a period with the rule set
/// that applied then gives the same answer forever.
/// </summary>
/// <remarks>
/// <para>
/// A rule set applies to a decision taken on a date about a performance period (<see cref="AppliesTo"/>) when it is in
/// force on the decision date (<see cref="EffectiveFrom"/> to <see cref="EffectiveUntil"/>) and governs the period
/// (the period meets <see cref="PeriodsFrom"/> to <see cref="PeriodsUntil"/>). The two differ for a circular such as
/// SE MenPANRB 3/2023: signed on 31 January 2023, it governs the 2022 annual evaluation carried out in early 2023.
/// </para>
/// <para>
/// The well-known descriptors are static properties (<see cref="PermenPanRb6Tahun2022"/>, …); an agency variant or a
/// draft circular is a descriptor with its own ID. The behaviour lives in the rules objects of each domain
/// (<see cref="IRules"/>), which a <see cref="RuleSetRegistry"/> hands out. Immutable and thread-safe; equality is by
/// <see cref="Id"/>.
/// </para>
/// </remarks>
public sealed class RuleSet : IEquatable<RuleSet>
{
    /// <summary>Creates a rule set descriptor.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="shortName">The short citation, e.g. <c>SE MenPANRB 3/2023</c>.</param>
    /// <param name="title">The full title in Bahasa Indonesia.</param>
    /// <param name="effectiveFrom">The first decision date the rule set may be used on (ISO calendar).</param>
    /// <param name="effectiveUntil">The last decision date, or null while in force.</param>
    /// <param name="aliases">Other names it is cited by, e.g. <c>SE 1/2023</c>.</param>
    /// <param name="periodsFrom">The first day of the performance periods it governs; null for <paramref name="effectiveFrom"/>.</param>
    /// <param name="periodsUntil">The last day of the performance periods it governs, or null for no end.</param>
    /// <exception cref="ArgumentException">
    /// The ID is empty (<c>default</c>), a text or alias is blank, a date is not in the ISO calendar, or a pair of
    /// dates is reversed.
    /// </exception>
    /// <exception cref="ArgumentNullException">A text or <paramref name="aliases"/> is null.</exception>
    public RuleSet(
        RuleSetId id,
        string shortName,
        string title,
        LocalDate effectiveFrom,
        LocalDate? effectiveUntil,
        IEnumerable<string> aliases,
        LocalDate? periodsFrom = null,
        LocalDate? periodsUntil = null)
    {
        Preconditions.CheckArgument(id.Value.Length > 0, nameof(id), "The rule set ID must not be empty.");
        Id = id;
        ShortName = Preconditions.CheckNotBlank(shortName);
        Title = Preconditions.CheckNotBlank(title);
        EffectiveFrom = Preconditions.CheckIso(effectiveFrom);
        EffectiveUntil = effectiveUntil is { } until ? Preconditions.CheckIso(until) : null;
        PeriodsFrom = periodsFrom is { } pf ? Preconditions.CheckIso(pf) : effectiveFrom;
        PeriodsUntil = periodsUntil is { } pu ? Preconditions.CheckIso(pu) : null;
        Preconditions.CheckArgument(EffectiveUntil is null || EffectiveUntil.Value >= EffectiveFrom, nameof(effectiveUntil), "EffectiveUntil must not be before EffectiveFrom.");
        Preconditions.CheckArgument(PeriodsUntil is null || PeriodsUntil.Value >= PeriodsFrom, nameof(periodsUntil), "PeriodsUntil must not be before PeriodsFrom.");
        var list = Preconditions.CheckNotNull(aliases).ToImmutableArray();
        Preconditions.CheckArgument(list.All(a => !string.IsNullOrWhiteSpace(a)), nameof(aliases), "An alias must not be null, empty or white space.");
        Aliases = list;
    }

    /// <summary>
    /// PermenPANRB 6/2022 on the management of ASN performance (SKP, cascading, the quadrant); applies to PNS and PPPK.
    /// Issued in February 2022; the library applies it from 1 January 2022, the first performance year it governs.
    /// </summary>
    public static RuleSet PermenPanRb6Tahun2022 { get; } = new(
        RuleSetId.PermenPanRb6Tahun2022,
        RegulationNames.PermenPanRb6Tahun2022,
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
        new LocalDate(2022, 1, 1),
        null,
        new[] { "Permen PANRB 6/2022", "PermenPAN-RB No. 6 Tahun 2022" });

    /// <summary>
    /// SE MenPANRB 3/2023 on setting employee predicates (often cited as "SE 1/2023"): organisation predicate and
    /// distribution patterns. Signed on 31 January 2023; governs performance periods from 2022 on (the 2022 annual
    /// evaluation was carried out under it in early 2023).
    /// </summary>
    public static RuleSet SeMenPanRb3Tahun2023 { get; } = new(
        RuleSetId.SeMenPanRb3Tahun2023,
        RegulationNames.SeMenPanRb3Tahun2023,
        "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023 tentang Tata Cara Penetapan Predikat Kinerja Pegawai ASN",
        new LocalDate(2023, 1, 31),
        null,
        new[] { "SE 1/2023", "SE MenPANRB 1/2023", "SE Menteri PANRB Nomor 3 Tahun 2023" },
        periodsFrom: new LocalDate(2022, 1, 1));

    /// <summary>PermenPANRB 1/2023 with Peraturan BKN 3/2023: converting predicates into <em>angka kredit</em>, from 2023.</summary>
    public static RuleSet PermenPanRb1Tahun2023 { get; } = new(
        RuleSetId.PermenPanRb1Tahun2023,
        RegulationNames.PermenPanRb1Tahun2023,
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2023 tentang Jabatan Fungsional, dengan Peraturan BKN Nomor 3 Tahun 2023",
        new LocalDate(2023, 1, 1),
        null,
        new[] { RegulationNames.PeraturanBkn3Tahun2023 });

    /// <summary>SE MenPANRB 20/2021: the BerAKHLAK core values and their behaviour guides, from 26 August 2021.</summary>
    public static RuleSet SeMenPanRb20Tahun2021 { get; } = new(
        RuleSetId.SeMenPanRb20Tahun2021,
        RegulationNames.SeMenPanRb20Tahun2021,
        "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding Aparatur Sipil Negara",
        new LocalDate(2021, 8, 26),
        null,
        new[] { "BerAKHLAK" });

    /// <summary>
    /// PermenPANRB 3/2020 on ASN talent management (the nine-box) as it stood before its amendment: it stays the rule
    /// set of every talent year before 2025.
    /// </summary>
    public static RuleSet PermenPanRb3Tahun2020 { get; } = new(
        RuleSetId.PermenPanRb3Tahun2020,
        RegulationNames.PermenPanRb3Tahun2020,
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang Manajemen Talenta Aparatur Sipil Negara",
        new LocalDate(2020, 1, 1),
        null,
        new[] { "Manajemen Talenta ASN" });

    /// <summary>
    /// PermenPANRB 20/2025 amending PermenPANRB 3/2020: the performance axis of the talent map is the employee predicate
    /// as set after the distribution. The library applies it to decisions from 31 December 2025 (it is numbered after
    /// PermenPANRB 19/2025 of that date; no copy giving its exact date was found) about talent years from 2025 on.
    /// </summary>
    public static RuleSet PermenPanRb20Tahun2025 { get; } = new(
        RuleSetId.PermenPanRb20Tahun2025,
        RegulationNames.PermenPanRb20Tahun2025,
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2025 tentang Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang Manajemen Talenta Aparatur Sipil Negara",
        new LocalDate(2025, 12, 31),
        null,
        new[] { "Perubahan PermenPANRB 3/2020" },
        periodsFrom: new LocalDate(2025, 1, 1));

    /// <summary>The stable identifier.</summary>
    public RuleSetId Id { get; }

    /// <summary>The short citation, e.g. <c>PermenPANRB 6/2022</c>.</summary>
    public string ShortName { get; }

    /// <summary>The full title in Bahasa Indonesia.</summary>
    public string Title { get; }

    /// <summary>The first decision date the rule set may be used on.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last decision date it may be used on, or null while it is in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The first day of the performance periods it governs.</summary>
    public LocalDate PeriodsFrom { get; }

    /// <summary>The last day of the performance periods it governs, or null for no end.</summary>
    public LocalDate? PeriodsUntil { get; }

    /// <summary>Other names the regulation is cited by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Whether two descriptors have the same ID.</summary>
    /// <param name="left">The first rule set.</param>
    /// <param name="right">The second rule set.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RuleSet? left, RuleSet? right) => Equals(left, right);

    /// <summary>Whether two descriptors have different IDs.</summary>
    /// <param name="left">The first rule set.</param>
    /// <param name="right">The second rule set.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RuleSet? left, RuleSet? right) => !Equals(left, right);

    /// <summary>Whether the rule set is in force on a decision date.</summary>
    /// <param name="tanggalKeputusan">The date of the decision (ISO calendar).</param>
    /// <returns>True when the date is within <see cref="EffectiveFrom"/> to <see cref="EffectiveUntil"/>.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public bool AppliesOn(LocalDate tanggalKeputusan)
    {
        Preconditions.CheckIso(tanggalKeputusan);
        return tanggalKeputusan >= EffectiveFrom && (EffectiveUntil is null || tanggalKeputusan <= EffectiveUntil.Value);
    }

    /// <summary>Whether the rule set governs a performance period (the period meets <see cref="PeriodsFrom"/> to <see cref="PeriodsUntil"/>).</summary>
    /// <param name="periode">The performance period.</param>
    /// <returns>True when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    public bool Governs(PeriodeKinerja periode)
    {
        Preconditions.CheckNotNull(periode);
        return periode.Akhir >= PeriodsFrom && (PeriodsUntil is null || periode.Awal <= PeriodsUntil.Value);
    }

    /// <summary>Whether the rule set applies to a decision taken on a date about a performance period.</summary>
    /// <param name="tanggalKeputusan">The date of the decision (ISO calendar).</param>
    /// <param name="periode">The performance period decided about.</param>
    /// <returns>True when it is in force on the date and governs the period.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    public bool AppliesTo(LocalDate tanggalKeputusan, PeriodeKinerja periode) => AppliesOn(tanggalKeputusan) && Governs(periode);

    /// <inheritdoc />
    public bool Equals(RuleSet? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>The short name and ID.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ShortName + " (" + Id.Value + ")";
}
