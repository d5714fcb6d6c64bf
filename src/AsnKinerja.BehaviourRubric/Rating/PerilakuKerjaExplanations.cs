using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The explanations of the behaviour rating (suggestions and the PPK's decision) as a catalogue: each has a stable
/// key, a description template in Bahasa Indonesia and English, and its source. Keys never change once shipped.
/// </summary>
public static class PerilakuKerjaExplanations
{
    private static readonly RegulationReference Suggestion = new(RegulationNames.KebijakanPustaka, "Saran rating perilaku kerja (bukan ketentuan peraturan)", Confidence.Low);
    private static readonly RegulationReference Decision = new(RegulationNames.PermenPanRb6Tahun2022, "Rating perilaku kerja ditetapkan oleh Pejabat Penilai Kinerja", Confidence.High);

    /// <summary>A suggestion under a named policy.</summary>
    public static ExplanationDefinition Saran { get; } = new(
        "PerilakuKerja.Saran",
        Suggestion,
        "Saran, bukan ketentuan peraturan: rating perilaku kerja ditetapkan oleh PPK. Kebijakan {kebijakan}{@jenisKebijakan}: {uraianKebijakan} Saran: {saran}.",
        "A suggestion, not the regulation: the behaviour rating is the appraising official's decision. Policy {kebijakan}{@jenisKebijakan}: {uraianKebijakan} Suggestion: {saran}.",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("bawaan", new LocalizedText(string.Empty, string.Empty)),
            new("khusus", new LocalizedText(" (kebijakan khusus pemanggil)", " (the caller's custom policy)")),
        });

    /// <summary>No suggestion: a value has no assessment.</summary>
    public static ExplanationDefinition SaranTidakLengkap { get; } = new(
        "PerilakuKerja.SaranTidakLengkap",
        Suggestion,
        "Tidak ada saran: nilai {nilaiBelumDinilai} belum dinilai oleh PPK. Saran hanya dibuat bila ketujuh nilai dinilai; nilai yang kosong tidak pernah dianggap Sesuai.",
        "No suggestion: the values {nilaiBelumDinilai} have no assessment by the appraising official. A suggestion needs all seven values; a missing value is never taken as as-expected.");

    /// <summary>The PPK's rating, with no suggestion to compare.</summary>
    public static ExplanationDefinition KeputusanTanpaSaran { get; } = new(
        "PerilakuKerja.Keputusan",
        Decision,
        "Rating perilaku kerja {rating} ditetapkan oleh PPK {ditetapkanOleh} tanpa saran dari kebijakan.",
        "Behaviour rating {rating} decided by the appraising official {ditetapkanOleh} with no suggestion from a policy.");

    /// <summary>The PPK's rating, the same as the suggestion.</summary>
    public static ExplanationDefinition KeputusanSamaDenganSaran { get; } = new(
        "PerilakuKerja.KeputusanSamaDenganSaran",
        Decision,
        "Rating perilaku kerja {rating} ditetapkan oleh PPK {ditetapkanOleh}, sama dengan saran kebijakan {kebijakan}.",
        "Behaviour rating {rating} decided by the appraising official {ditetapkanOleh}, the same as the suggestion of policy {kebijakan}.");

    /// <summary>The PPK's rating, differing from the suggestion, with the reason.</summary>
    public static ExplanationDefinition KeputusanBerbedaDariSaran { get; } = new(
        "PerilakuKerja.KeputusanBerbedaDariSaran",
        Decision,
        "Rating perilaku kerja {rating} ditetapkan oleh PPK {ditetapkanOleh}, berbeda dari saran {labelSaran} (kebijakan {kebijakan}). Alasan: {alasan}",
        "Behaviour rating {rating} decided by the appraising official {ditetapkanOleh}, differing from the suggestion {labelSaran} (policy {kebijakan}). Reason: {alasan}");

    /// <summary>Every definition.</summary>
    public static ImmutableArray<ExplanationDefinition> All { get; } = ImmutableArray.Create(
        Saran, SaranTidakLengkap, KeputusanTanpaSaran, KeputusanSamaDenganSaran, KeputusanBerbedaDariSaran);
}
