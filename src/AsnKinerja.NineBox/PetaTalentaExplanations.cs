using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// The explanations of the talent map as a catalogue: each has a stable key, a description template in Bahasa
/// Indonesia and English, and its source. Keys never change once shipped.
/// </summary>
public static class PetaTalentaExplanations
{
    private static readonly RegulationReference Matrix = new(RegulationNames.PermenPanRb3Tahun2020, "Lampiran: matriks sembilan kotak talenta (kinerja × potensial)", Confidence.High);

    /// <summary>Performance and potential place an employee in a box, with its follow-up.</summary>
    public static ExplanationDefinition Kotak { get; } = new(
        "PetaTalenta.Kotak",
        Matrix,
        "Kinerja {labelKinerja} dan potensial {labelPotensial} menempatkan pegawai di Kotak {nomor}{@suksesi}. Tindak lanjut: {tindakLanjut}.",
        "Performance {labelKinerja} and {labelPotensial} potential place the employee in Box {nomor}{@suksesi}. Follow-up: {tindakLanjut}.",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("ya", new LocalizedText(" (kelompok rencana suksesi)", " (succession pool)")),
            new("tidak", new LocalizedText(string.Empty, string.Empty)),
        });

    /// <summary>Every definition.</summary>
    public static ImmutableArray<ExplanationDefinition> All { get; } = ImmutableArray.Create(Kotak);
}
