using NodaTime;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// A distribution rule set that exists only in the tests: an imaginary agency variant with its own ID and dates and caps
/// other than SE MenPANRB 3/2023's. Shared by the Predicates tests (quota, check, calibration, bulk engine) and the wire
/// format tests, so the same custom rules travel the whole way.
/// </summary>
/// <remarks>
/// The patterns (SB Sangat Baik, B Baik, BP Butuh Perbaikan, K Kurang/Misconduct, SK Sangat Kurang):
/// Istimewa: most SB; SB ≤ 50%. Baik: most B; B ≤ 80%; SB ≤ 20%; at least one BP or K. Butuh Perbaikan: most BP;
/// SB ≤ 5%; BP ≥ 50%. Kurang: most K; SB ≤ 5%; K ≥ 50%; BP ≥ 10%. Sangat Kurang: most SK; SK ≥ 50%; K + BP ≥ 20%; no SB.
/// </remarks>
internal static class PolaInstansi
{
    private static readonly RegulationReference Sumber = new("Pola Distribusi Instansi Uji", "Lampiran (khusus pengujian)", Confidence.High);

    /// <summary>The descriptor: in force for decisions from 1 January 2027, about performance periods from 2026.</summary>
    public static RuleSet RuleSet { get; } = new(
        new RuleSetId("PolaInstansiUji2027"),
        "Pola Instansi Uji 2027",
        "Pola distribusi predikat kinerja instansi uji (khusus pengujian)",
        new LocalDate(2027, 1, 1),
        null,
        Array.Empty<string>(),
        periodsFrom: new LocalDate(2026, 1, 1));

    /// <summary>The rules, with the default policies.</summary>
    public static IDistribusiRules Rules { get; } = DistribusiRules.Create(
        RuleSet,
        new[]
        {
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.Istimewa, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.SangatBaik, Sumber),
                BatasanDistribusi.Maksimum(50, Sumber, PredikatKinerja.SangatBaik),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.Baik, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.Baik, Sumber),
                BatasanDistribusi.Maksimum(80, Sumber, PredikatKinerja.Baik),
                BatasanDistribusi.Maksimum(20, Sumber, PredikatKinerja.SangatBaik),
                BatasanDistribusi.WajibAda(Sumber, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.ButuhPerbaikan, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.ButuhPerbaikan, Sumber),
                BatasanDistribusi.Maksimum(5, Sumber, PredikatKinerja.SangatBaik),
                BatasanDistribusi.Minimum(50, Sumber, PredikatKinerja.ButuhPerbaikan),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.Kurang, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.KurangMisconduct, Sumber),
                BatasanDistribusi.Maksimum(5, Sumber, PredikatKinerja.SangatBaik),
                BatasanDistribusi.Minimum(50, Sumber, PredikatKinerja.KurangMisconduct),
                BatasanDistribusi.Minimum(10, Sumber, PredikatKinerja.ButuhPerbaikan),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.SangatKurang, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.SangatKurang, Sumber),
                BatasanDistribusi.Minimum(50, Sumber, PredikatKinerja.SangatKurang),
                BatasanDistribusi.Minimum(20, Sumber, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan),
                BatasanDistribusi.Dilarang(Sumber, PredikatKinerja.SangatBaik),
            }),
        });
}
