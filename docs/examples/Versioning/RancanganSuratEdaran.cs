using System.Text.Json;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson;
using NodaTime;

namespace AsnKinerja.Examples.Versioning;

/// <summary>
/// The walkthrough of docs/versioning.md: a draft circular's own distribution rule set, registered beside the built-in
/// ones, looked up by decision date and performance period, and carried through the wire format. The code between the
/// walkthrough markers is the page's code block, character for character (a test checks it, another runs it).
/// </summary>
public static class RancanganSuratEdaran
{
    public static void Run(TextWriter output)
    {
        // <walkthrough>
        // 1. The descriptor: its own ID, the decision dates it may be used on, and the performance periods it governs.
        var rancangan = new RuleSet(
            new RuleSetId("RancanganSeDistribusi2027"),
            "Rancangan SE Distribusi 2027",
            "Rancangan surat edaran tentang pola distribusi predikat kinerja pegawai (uji publik)",
            effectiveFrom: new LocalDate(2027, 1, 1),
            effectiveUntil: null,
            aliases: Array.Empty<string>(),
            periodsFrom: new LocalDate(2026, 1, 1));

        // 2. The patterns: those of SE MenPANRB 3/2023, with the Istimewa cap lowered from 70% to 60%.
        var sumber = new RegulationReference("Rancangan SE Distribusi 2027", "Lampiran, pola distribusi", Confidence.Low);
        var istimewa = PolaDistribusi.Create(PredikatKinerjaOrganisasi.Istimewa, new[]
        {
            BatasanDistribusi.Dominan(PredikatKinerja.SangatBaik, sumber),
            BatasanDistribusi.Maksimum(60, sumber, PredikatKinerja.SangatBaik),
        });
        var pola = DistribusiRules.SeMenPanRb3Tahun2023.Pola
            .Where(p => p.PredikatOrganisasi != PredikatKinerjaOrganisasi.Istimewa)
            .Append(istimewa);
        IDistribusiRules aturan = DistribusiRules.Create(rancangan, pola);

        // 3. A registry with every built-in rule set and the draft; the lookup names the decision date and the period.
        RuleSetRegistry registry = AsnKinerjaJson.DefaultRegistry.With(aturan);
        var untuk2026 = registry.Find<IDistribusiRules>(new LocalDate(2027, 2, 15), PeriodeKinerja.Tahunan(2026));
        var untuk2025 = registry.Find<IDistribusiRules>(new LocalDate(2026, 2, 15), PeriodeKinerja.Tahunan(2025));
        output.WriteLine("2026: " + untuk2026.RuleSet.Id + ", 2025: " + untuk2025.RuleSet.Id);

        // 4. The same unit under each: 7 of 10 Sangat Baik meets 70% but not 60%.
        var jumlah = new JumlahPredikat(0, 0, 0, 3, 7);
        var lama = untuk2025.Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, jumlah);
        var baru = untuk2026.Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, jumlah);
        output.WriteLine(lama.RuleSet + ": " + lama.Status + "; " + baru.RuleSet + ": " + baru.Status);

        // 5. The wire format: the serializer options carry the registry, so the verdict reads back under the draft.
        var options = AsnKinerjaJson.CreateOptions(registry: registry);
        var json = JsonSerializer.Serialize(baru, options);
        var kembali = JsonSerializer.Deserialize<PemeriksaanDistribusiResult>(json, options)!;
        output.WriteLine("JSON: " + kembali.RuleSet + ", " + kembali.Status);

        // Without the registration the document names an unknown rule set: a JsonException at $.ruleSet.
        try
        {
            JsonSerializer.Deserialize<PemeriksaanDistribusiResult>(json, AsnKinerjaJson.CreateOptions());
        }
        catch (JsonException e)
        {
            output.WriteLine("Tanpa registrasi: " + e.Path);
        }

        // </walkthrough>
    }
}
