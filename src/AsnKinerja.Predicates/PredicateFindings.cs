using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>The findings of the predicate rules and suggestions (codes <c>PRD001</c>…). Codes never change once shipped.</summary>
public static class PredicateFindings
{
    private static readonly RegulationReference Suggestion = new(RegulationNames.KebijakanPustaka, "Saran, bukan ketentuan regulasi", Confidence.Low);

    /// <summary>PRD001: a suggestion was asked for with no input to suggest from.</summary>
    public static FindingDefinition TanpaMasukanSaran { get; } = new("PRD001", FindingSeverity.Error, Suggestion,
        "Tidak ada {masukan} untuk menyusun saran; keputusan tetap pada Pejabat Penilai Kinerja.", "There are no {masukan} to suggest from; the decision stays with the appraising official.");

    /// <summary>PRD002: the periods given for an annual suggestion overlap.</summary>
    public static FindingDefinition PeriodeTumpangTindih { get; } = new("PRD002", FindingSeverity.Error, Suggestion,
        "Periode {periode1} dan {periode2} tumpang tindih; predikat tahunan tidak dapat disarankan.", "Periods {periode1} and {periode2} overlap; no annual predicate can be suggested.");

    /// <summary>PRD003: the periods given for an annual suggestion are not in one year.</summary>
    public static FindingDefinition PeriodeLintasTahun { get; } = new("PRD003", FindingSeverity.Error, Suggestion,
        "Periode {periode} tidak berada dalam tahun {tahun}.", "Period {periode} is not within the year {tahun}.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(TanpaMasukanSaran, PeriodeTumpangTindih, PeriodeLintasTahun);
}
