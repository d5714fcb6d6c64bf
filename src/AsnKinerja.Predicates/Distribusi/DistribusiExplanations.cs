using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The explanations of the distribution check and calibration (SE MenPANRB 3/2023) as a catalogue: each has a stable
/// key, a description template in Bahasa Indonesia and English, and its source. Keys never change once shipped.
/// </summary>
public static class DistribusiExplanations
{
    private static readonly RegulationReference Pattern = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi predikat kinerja pegawai", Confidence.Medium);
    private static readonly RegulationReference Policy = new(RegulationNames.KebijakanPustaka, "Kebijakan unit kecil", Confidence.Low);

    // Why no distribution of a unit size meets a pattern, selected by the value "alasan" (shared with DST006):
    // contradicting constraints on one group, floors that need more employees than the unit has, or caps that hold fewer.
    internal static readonly KeyValuePair<string, LocalizedText>[] AlasanTidakMungkin =
    {
        new("Bertentangan", new LocalizedText(
            "batasan untuk {kelompokBertentangan} saling bertentangan pada unit berukuran {total} (minimal {minimal}, maksimal {maksimal})",
            "the constraints on {kelompokBertentangan} contradict each other for a unit of {total} (at least {minimal}, at most {maksimal})")),
        new("BatasBawah", new LocalizedText(
            "batas bawah ({batasBawah}) memerlukan paling sedikit {perluMinimal} pegawai, sedangkan unit hanya {total} pegawai",
            "the floors ({batasBawah}) need at least {perluMinimal} employees but the unit has {total}")),
        new("BatasAtas", new LocalizedText(
            "batas atas hanya menampung {tampungMaksimal} dari {total} pegawai",
            "the caps hold only {tampungMaksimal} of {total} employees")),
    };

    /// <summary>The verdict of a unit.</summary>
    public static ExplanationDefinition Unit { get; } = new(
        "Distribusi.Unit",
        Pattern,
        "Unit '{unit}' dengan predikat organisasi {predikatOrganisasi} dan {total} pegawai: {@status}.",
        "Unit '{unit}' with organisation predicate {predikatOrganisasi} and {total} employees: {@status}.",
        new KeyValuePair<string, LocalizedText>[]
        {
            new(nameof(StatusDistribusi.Memenuhi), new LocalizedText("memenuhi pola distribusi", "meets the distribution pattern")),
            new(nameof(StatusDistribusi.TidakMemenuhi), new LocalizedText(
                "tidak memenuhi pola distribusi; paling sedikit {perubahanMinimum} pegawai perlu berubah predikat",
                "does not meet the distribution pattern; at least {perubahanMinimum} employees would have to change predicate")),
            new(nameof(StatusDistribusi.TidakMungkin), new LocalizedText("pola distribusi tidak mungkin dipenuhi pada ukuran unit ini", "the pattern cannot be met at this unit size")),
        });

    /// <summary>A unit without employees.</summary>
    public static ExplanationDefinition UnitKosong { get; } = new(
        "Distribusi.UnitKosong",
        Pattern,
        "Unit tanpa pegawai: tidak ada yang diperiksa.",
        "A unit without employees: nothing to check.");

    /// <summary>A small unit pooled into its parent.</summary>
    public static ExplanationDefinition Digabung { get; } = new(
        "Distribusi.Digabung",
        Policy,
        "Unit kecil: pegawainya dihitung dalam distribusi unit induk '{induk}'.",
        "Small unit: its employees are counted in the distribution of the parent unit '{induk}'.");

    /// <summary>The outcome of one constraint.</summary>
    public static ExplanationDefinition Batasan { get; } = new(
        "Distribusi.Batasan",
        Pattern,
        "{uraianBatasan}: {jumlah} dari {total} pegawai ({persen}%); rentang yang diizinkan {rentang} pegawai; {@terpenuhi}.",
        "{uraianBatasan}: {jumlah} of {total} employees ({persen}%); allowed range {rentang} employees; {@terpenuhi}.",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("ya", new LocalizedText("terpenuhi", "met")),
            new("tidak", new LocalizedText("tidak terpenuhi", "not met")),
        });

    /// <summary>A calibration proposal with the fewest changes.</summary>
    public static ExplanationDefinition Usulan { get; } = new(
        "Kalibrasi.Usulan",
        Pattern,
        "Usulan dengan perubahan paling sedikit: {jumlahPerubahan} dari {total} pegawai berubah predikat; sebelum [{sebelum}], sesudah [{sesudah}]. Usulan untuk dipertimbangkan PPK, bukan penetapan.",
        "Proposal with the fewest changes: {jumlahPerubahan} of {total} employees change predicate; before [{sebelum}], after [{sesudah}]. A proposal for the PPK to consider, not a decision.");

    /// <summary>No calibration proposal: the pattern cannot be met at this size.</summary>
    public static ExplanationDefinition TanpaUsulan { get; } = new(
        "Kalibrasi.TanpaUsulan",
        Pattern,
        "Tidak ada usulan: {@alasan}.",
        "No proposal: {@alasan}.",
        AlasanTidakMungkin);

    /// <summary>One proposed change of an employee's predicate, and why.</summary>
    public static ExplanationDefinition Perubahan { get; } = new(
        "Kalibrasi.Perubahan",
        Pattern,
        "Pola {predikatOrganisasi}: {kelompokDari} ada {jumlahDari}, sasaran {sasaranDari}; {kelompokKe} ada {jumlahKe}, sasaran {sasaranKe}. Predikat {@arah} dari {dari} menjadi {menjadi} ({@adaSkor}).",
        "Pattern {predikatOrganisasi}: {kelompokDari} has {jumlahDari}, target {sasaranDari}; {kelompokKe} has {jumlahKe}, target {sasaranKe}. Predicate {@arah} from {dari} to {menjadi} ({@adaSkor}).",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("turun", new LocalizedText("turun", "moves down")),
            new("naik", new LocalizedText("naik", "moves up")),
            new("ada", new LocalizedText("skor {skor}", "score {skor}")),
            new("tidak", new LocalizedText("tanpa skor, menurut urutan masukan", "no score, by input order")),
        });

    /// <summary>Every definition.</summary>
    public static ImmutableArray<ExplanationDefinition> All { get; } = ImmutableArray.Create(Unit, UnitKosong, Digabung, Batasan, Usulan, TanpaUsulan, Perubahan);
}
