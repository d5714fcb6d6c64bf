using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The explanations of the quadrant, the leader rule, PPK decisions, suggestions and <em>angka kredit</em>, as a
/// catalogue: each has a stable key, a description template in Bahasa Indonesia and English, and its source.
/// Keys never change once shipped.
/// </summary>
public static class PredicateExplanations
{
    private static readonly RegulationReference Quadrant = new(RegulationNames.PermenPanRb6Tahun2022, "Lampiran, kuadran kinerja pegawai", Confidence.High);
    private static readonly RegulationReference LeaderRule = new(RegulationNames.SeMenPanRb3Tahun2023, "Predikat kinerja organisasi menjadi rating hasil kerja pimpinan unit", Confidence.High);
    private static readonly RegulationReference PpkDecision = new(RegulationNames.PermenPanRb6Tahun2022, "Penetapan predikat oleh Pejabat Penilai Kinerja", Confidence.High);
    private static readonly RegulationReference AnnualSuggestion = new(RegulationNames.KebijakanPustaka, "Saran predikat tahunan (regulasi tidak mengatur penggabungan)", Confidence.Low);
    private static readonly RegulationReference RatingSuggestion = new(RegulationNames.PanduanBkn, "Panduan rating hasil kerja (tanpa pembobotan)", Confidence.Medium);
    private static readonly RegulationReference CreditFormula = new(RegulationNames.PeraturanBkn3Tahun2023, "Konversi predikat kinerja ke angka kredit (proporsional per bulan)", Confidence.High);
    private static readonly RegulationReference CreditSteps = new(RegulationNames.PermenPanRb1Tahun2023, "Kebutuhan angka kredit kenaikan pangkat/jenjang", Confidence.High);

    private static readonly RegulationReference Objection = new(RegulationNames.Pp30Tahun2019, "Pasal 59 (keberatan atas hasil penilaian kinerja)", Confidence.High);
    private static readonly RegulationReference GpaMapping = new(RegulationNames.KebijakanPustaka, "Pemetaan IPK tugas belajar yang ditetapkan PPK/instansi (tidak ada tabel nasional)", Confidence.Low);
    private static readonly RegulationReference Counting = new(RegulationNames.KebijakanPustaka, "Status khusus pegawai dan mutasi dalam periode (PermenPANRB 8/2021 sebagai acuan)", Confidence.Low);

    private static readonly RegulationReference HeadCounting = new(RegulationNames.KebijakanPustaka, "Kepala unit dalam distribusi unit induk atau unitnya sendiri (SE MenPANRB 3/2023 tidak mengatur)", Confidence.Low);

    private static readonly KeyValuePair<string, LocalizedText>[] YesNo =
    {
        new("ya", new LocalizedText("ada", "yes")),
        new("tidak", new LocalizedText("tidak ada", "no")),
    };

    /// <summary>A quadrant cell: the two ratings give the predicate.</summary>
    public static ExplanationDefinition KuadranSel { get; } = new(
        "Kuadran.Sel",
        Quadrant,
        "Rating hasil kerja {ratingHasilKerja} dan rating perilaku kerja {ratingPerilakuKerja} menghasilkan predikat {predikat}.",
        "Results rating {ratingHasilKerja} and behaviour rating {ratingPerilakuKerja} give the predicate {predikat}.");

    /// <summary>The leader rule: the unit's organisation predicate becomes the head's results rating.</summary>
    public static ExplanationDefinition AturanKepalaUnit { get; } = new(
        "Kuadran.KepalaUnit",
        LeaderRule,
        "Pegawai adalah kepala unit: predikat kinerja organisasi {predikatOrganisasi} menjadi rating hasil kerja {ratingHasilKerja} (pemetaan {pemetaan}); bersama rating perilaku kerja {ratingPerilakuKerja} menghasilkan predikat {predikat}.",
        "The employee heads the unit: the organisation predicate {predikatOrganisasi} becomes the results rating {ratingHasilKerja} (mapping {pemetaan}); with the behaviour rating {ratingPerilakuKerja} it gives the predicate {predikat}.");

    /// <summary>The PPK set a predicate other than the computed one.</summary>
    public static ExplanationDefinition KeputusanPpk { get; } = new(
        "KeputusanPpk.Ubah",
        PpkDecision,
        "Predikat terhitung {terhitung} diubah menjadi {ditetapkan} oleh {oleh} pada {tanggal}: {alasan}",
        "The computed predicate {terhitung} was changed to {ditetapkan} by {oleh} on {tanggal}: {alasan}");

    /// <summary>Annual predicate suggestion: the last period's predicate.</summary>
    public static ExplanationDefinition SaranTahunanTerakhir { get; } = new(
        "SaranPredikatTahunan.Terakhir",
        AnnualSuggestion,
        "Saran (bukan ketentuan): predikat tahunan {tahun} adalah {predikat}, yaitu predikat periode terakhir ({periodeTerakhir}). Keputusan tetap pada PPK.",
        "Suggestion (not a rule): the annual predicate for {tahun} is {predikat}, the predicate of the last period ({periodeTerakhir}). The PPK decides.");

    /// <summary>Annual predicate suggestion: the worst predicate of the year.</summary>
    public static ExplanationDefinition SaranTahunanTerburuk { get; } = new(
        "SaranPredikatTahunan.Terburuk",
        AnnualSuggestion,
        "Saran (bukan ketentuan): predikat tahunan {tahun} adalah {predikat}, yaitu predikat terburuk dalam tahun ini. Keputusan tetap pada PPK.",
        "Suggestion (not a rule): the annual predicate for {tahun} is {predikat}, the worst predicate of the year. The PPK decides.");

    /// <summary>Annual predicate suggestion: the predicate covering the most days.</summary>
    public static ExplanationDefinition SaranTahunanBerbobotDurasi { get; } = new(
        "SaranPredikatTahunan.BerbobotDurasi",
        AnnualSuggestion,
        "Saran (bukan ketentuan): predikat tahunan {tahun} adalah {predikat}, yaitu predikat dengan hari terbanyak ({hari} hari). Keputusan tetap pada PPK.",
        "Suggestion (not a rule): the annual predicate for {tahun} is {predikat}, the predicate covering the most days ({hari} days). The PPK decides.");

    /// <summary>Results rating suggestion from per-RHK assessments (BKN guidance).</summary>
    public static ExplanationDefinition SaranRatingHasil { get; } = new(
        "SaranRatingHasilKerja",
        RatingSuggestion,
        "Saran (bukan ketentuan): {diAtas} di atas, {sesuai} sesuai, {diBawah} di bawah ekspektasi; RHK utama di bawah ekspektasi: {@utamaDiBawah}. Saran rating hasil kerja: {rating}. Keputusan tetap pada PPK.",
        "Suggestion (not a rule): {diAtas} above, {sesuai} as expected, {diBawah} below; a main result below expectation: {@utamaDiBawah}. Suggested results rating: {rating}. The PPK decides.",
        YesNo);

    /// <summary>The angka kredit of a period: months / 12 × percentage × coefficient.</summary>
    public static ExplanationDefinition KonversiAngkaKredit { get; } = new(
        "AngkaKredit.Konversi",
        CreditFormula,
        "{bulan}/12 × {persenTampil}% ({predikat}) × koefisien {koefisien} ({jenjang}) = {hasil} (dibulatkan hanya untuk tampilan).",
        "{bulan}/12 × {persenTampil}% ({predikat}) × coefficient {koefisien} ({jenjang}) = {hasil} (rounded for display only).");

    /// <summary>The rank is the top of its track: no further step.</summary>
    public static ExplanationDefinition KenaikanPuncak { get; } = new(
        "AngkaKredit.KenaikanPuncak",
        CreditSteps,
        "Golongan {golongan} adalah puncak jenjang {jenjang}: tidak ada kenaikan berikutnya pada jalur ini.",
        "Rank {golongan} is the top of {jenjang}: there is no further step on this track.");

    /// <summary>What the next rank (and level) step needs, and what is still missing.</summary>
    public static ExplanationDefinition Kenaikan { get; } = new(
        "AngkaKredit.Kenaikan",
        CreditSteps,
        "Kenaikan {dari} → {ke} memerlukan {kebutuhan} angka kredit ({@dasar}); terkumpul {terkumpul}; kekurangan {kekurangan}.{@kenaikanJenjang}",
        "The step {dari} → {ke} needs {kebutuhan} angka kredit ({@dasar}); accumulated {terkumpul}; still needed {kekurangan}.{@kenaikanJenjang}",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("sejakPangkatTerakhir", new LocalizedText("dihitung sejak kenaikan pangkat terakhir", "counted since the last rank promotion")),
            new("dalamJenjang", new LocalizedText("dihitung dalam jenjang", "counted within the level")),
            new("tidak", new LocalizedText(string.Empty, string.Empty)),
            new("ya", new LocalizedText(
                " Langkah ini juga kenaikan jenjang ke {jenjangKe}, yang juga memerlukan paling singkat 1 tahun dalam jenjang, predikat paling rendah Baik, formasi tersedia dan uji kompetensi (tidak diperiksa di sini).",
                " This step is also a level step to {jenjangKe}, which also needs at least 1 year in the level, a predicate of at least Baik, a vacancy and a competency test (not checked here).")),
        });

    /// <summary>The PPK's superior granted an objection and set another predicate (final).</summary>
    public static ExplanationDefinition KeputusanKeberatanUbah { get; } = new(
        "KeputusanKeberatan.Ubah",
        Objection,
        "Keberatan dikabulkan: predikat {predikatPpk} diubah menjadi {predikatAkhir} oleh atasan Pejabat Penilai Kinerja {oleh} pada {tanggal} (final): {alasan}",
        "Objection granted: the predicate {predikatPpk} was changed to {predikatAkhir} by the appraising official's superior {oleh} on {tanggal} (final): {alasan}");

    /// <summary>The PPK's superior rejected an objection: the PPK's predicate stands (final).</summary>
    public static ExplanationDefinition KeputusanKeberatanKuatkan { get; } = new(
        "KeputusanKeberatan.Kuatkan",
        Objection,
        "Keberatan ditolak: predikat {predikatPpk} dikuatkan oleh atasan Pejabat Penilai Kinerja {oleh} pada {tanggal} (final): {alasan}",
        "Objection rejected: the predicate {predikatPpk} was upheld by the appraising official's superior {oleh} on {tanggal} (final): {alasan}");

    /// <summary>The assessment of a study-leave GPA under a mapping the PPK or agency decided (never a default).</summary>
    public static ExplanationDefinition SaranRatingTugasBelajar { get; } = new(
        "SaranRatingTugasBelajar.Ipk",
        GpaMapping,
        "IPK {ipk} dinilai {rating} menurut pemetaan yang ditetapkan ({pemetaan}); bukan tabel nasional, keputusan tetap pada PPK.",
        "GPA {ipk} is assessed {rating} under the decided mapping ({pemetaan}); not a national table, the PPK decides.");

    /// <summary>How one employee is treated in a period: evaluated or not, counted or not, where, and the status or move that decided.</summary>
    public static ExplanationDefinition PenghitunganPegawai { get; } = new(
        "PenghitunganPegawai",
        Counting,
        "{@perlakuan}{@mutasi}{@status}",
        "{@perlakuan}{@mutasi}{@status}",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("dinilaiDanDihitung", new LocalizedText("Pegawai {nip} dinilai dan dihitung dalam distribusi unit '{unit}'.", "Employee {nip} is evaluated and counted in the distribution of unit '{unit}'.")),
            new("dinilaiTidakDihitung", new LocalizedText("Pegawai {nip} dinilai tetapi tidak dihitung dalam distribusi unit '{unit}'.", "Employee {nip} is evaluated but not counted in the distribution of unit '{unit}'.")),
            new("tidakDinilai", new LocalizedText("Pegawai {nip} tidak dinilai pada periode ini (unit '{unit}').", "Employee {nip} is not evaluated in this period (unit '{unit}').")),
            new("tetap", new LocalizedText(string.Empty, string.Empty)),
            new("pindah", new LocalizedText(" Pegawai berpindah unit dalam periode; unit penghitungan menurut kebijakan {kebijakanMutasi}.", " The employee moved between units within the period; the counting unit follows the policy {kebijakanMutasi}.")),
            new("tanpaStatus", new LocalizedText(string.Empty, string.Empty)),
            new("berlaku", new LocalizedText(" Status {jenisStatus} ({rentang}) mencakup {hariStatus} dari {hariPenempatan} hari penempatan, sehingga berlaku: {perlakuanStatus}.", " Status {jenisStatus} ({rentang}) covers {hariStatus} of {hariPenempatan} placed days, so it applies: {perlakuanStatus}.")),
            new("tidakBerlaku", new LocalizedText(" Status {jenisStatus} ({rentang}) mencakup {hariStatus} dari {hariPenempatan} hari penempatan; menurut cakupan {cakupan} status itu tidak berlaku.", " Status {jenisStatus} ({rentang}) covers {hariStatus} of {hariPenempatan} placed days; under the coverage {cakupan} it does not apply.")),
        });

    /// <summary>Where an employee is counted and judged in the distribution of a period, and why: a member of the unit, or a unit head counted per policy; and whether a small unit was pooled.</summary>
    public static ExplanationDefinition PenghitunganDistribusi { get; } = new(
        "PenghitunganDistribusi",
        HeadCounting,
        "{@alasan}{@gabung}",
        "{@alasan}{@gabung}",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("anggota", new LocalizedText("Pegawai {nip} dihitung dalam distribusi unit '{unitDihitung}', unit tempatnya ditempatkan.", "Employee {nip} is counted in the distribution of unit '{unitDihitung}', the unit they are placed in.")),
            new("kepalaUnitInduk", new LocalizedText(
                "Pegawai {nip} adalah kepala unit '{unit}' dan dihitung dalam distribusi unit induknya '{unitDihitung}' (kebijakan {kebijakanKepalaUnit}).",
                "Employee {nip} heads unit '{unit}' and is counted in the distribution of its parent unit '{unitDihitung}' (policy {kebijakanKepalaUnit}).")),
            new("kepalaUnitSendiri", new LocalizedText(
                "Pegawai {nip} adalah kepala unit '{unit}' dan dihitung dalam distribusi unit itu sendiri (kebijakan {kebijakanKepalaUnit}).",
                "Employee {nip} heads unit '{unit}' and is counted in the distribution of that unit (policy {kebijakanKepalaUnit}).")),
            new("kepalaTanpaInduk", new LocalizedText(
                "Pegawai {nip} adalah kepala unit '{unit}', yang tidak memiliki unit induk, sehingga dihitung dalam distribusi unit itu sendiri.",
                "Employee {nip} heads unit '{unit}', which has no parent unit, and so is counted in the distribution of that unit.")),
            new("tidakDihitung", new LocalizedText(
                "Pegawai {nip} dinilai tetapi tidak dihitung dalam distribusi unit mana pun, menurut kebijakan status pegawai (unit '{unit}').",
                "Employee {nip} is evaluated but counted in no unit's distribution, under the special-status policy (unit '{unit}').")),
            new("tidakDinilai", new LocalizedText(
                "Pegawai {nip} tidak dinilai pada periode ini menurut kebijakan status pegawai, sehingga tidak dihitung (unit '{unit}').",
                "Employee {nip} is not evaluated in this period under the special-status policy, and so is not counted (unit '{unit}').")),
            new("tidak", new LocalizedText(string.Empty, string.Empty)),
            new("ya", new LocalizedText(
                " Unit '{unitDihitung}' kecil, sehingga pegawainya dinilai dalam distribusi unit '{unitDinilai}' (kebijakan {kebijakanUnitKecil}).",
                " Unit '{unitDihitung}' is small, so its employees are judged in the distribution of unit '{unitDinilai}' (policy {kebijakanUnitKecil}).")),
        });

    /// <summary>Every definition.</summary>
    public static ImmutableArray<ExplanationDefinition> All { get; } = ImmutableArray.Create(
        KuadranSel, AturanKepalaUnit, KeputusanPpk, SaranTahunanTerakhir, SaranTahunanTerburuk, SaranTahunanBerbobotDurasi,
        SaranRatingHasil, KonversiAngkaKredit, KenaikanPuncak, Kenaikan, KeputusanKeberatanUbah, KeputusanKeberatanKuatkan, SaranRatingTugasBelajar,
        PenghitunganPegawai, PenghitunganDistribusi);
}
