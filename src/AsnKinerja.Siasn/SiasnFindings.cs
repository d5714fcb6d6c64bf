using System.Collections.Immutable;

namespace AsnKinerja.Siasn;

/// <summary>
/// The findings of the SIASN payload builders and of the reconciliation (codes <c>SIA001</c>…). Codes never change once
/// shipped. SIA001–SIA012 stop a payload (errors) or warn before it is sent; SIA020–SIA026 report a difference between
/// what SIASN holds and what the library computed.
/// </summary>
public static class SiasnFindings
{
    private const string Siasn = "SIASN (klien web service publik)";
    private static readonly RegulationReference Payload = new(Siasn, "skp22, kinerjaperiodik, angkakredit", Confidence.Medium);
    private static readonly RegulationReference Koefisien = new(Siasn, "Referensi koefisien", Confidence.Low);
    private static readonly RegulationReference Quadrant = new(RegulationNames.SeMenPanRb3Tahun2023, "Penetapan predikat kinerja pegawai", Confidence.High);
    private static readonly RegulationReference Period = new(RegulationNames.PermenPanRb6Tahun2022, "Evaluasi kinerja periodik dan tahunan", Confidence.High);
    private static readonly RegulationReference Credit = new(RegulationNames.PeraturanBkn3Tahun2023, "Konversi predikat kinerja ke angka kredit", Confidence.High);
    private static readonly RegulationReference Evaluation = new(RegulationNames.PermenPanRb6Tahun2022, "Evaluasi kinerja pegawai", Confidence.High);
    private static readonly RegulationReference Objection = new(RegulationNames.PermenPanRb6Tahun2022, "Keberatan atas predikat kinerja", Confidence.High);
    private static readonly RegulationReference Reconciliation = new(RegulationNames.KebijakanPustaka, "Rekonsiliasi dengan SIASN", Confidence.High);

    /// <summary>SIA001: an evaluator field SIASN needs is empty (name, position, rank or unit; NIP or NRP for an ASN).</summary>
    public static FindingDefinition PenilaiTidakLengkap { get; } = new("SIA001", FindingSeverity.Error, Payload,
        "Data penilai untuk {pegawai} tidak lengkap: {field} kosong ({penilai}).",
        "The evaluator record for {pegawai} is incomplete: {field} is empty ({penilai}).");

    /// <summary>SIA002: a periodic evaluation's period is neither a calendar month nor a quarter, which <c>periodikId</c> cannot express.</summary>
    public static FindingDefinition PeriodeTidakDapatDinyatakan { get; } = new("SIA002", FindingSeverity.Error, Payload,
        "Periode {periode} untuk {pegawai} tidak dapat dinyatakan oleh SIASN: periodikId hanya mengenal bulanan (1) dan triwulanan (2); {@alasan}.",
        "SIASN cannot express the period {periode} of {pegawai}: periodikId knows only monthly (1) and quarterly (2) periods; {@alasan}.",
        new Dictionary<string, LocalizedText>
        {
            ["Semesteran"] = new("periode semesteran (misalnya SKP guru Januari–Juni) dinilai per triwulan", "a half-year period (such as a teachers' January–June SKP) is evaluated by quarter"),
            ["Tahunan"] = new("penilaian tahunan dikirim sebagai skp22", "an annual evaluation is sent as skp22"),
            ["Rentang"] = new("rentang tanggal ini bukan satu bulan kalender atau satu triwulan", "this date range is neither one calendar month nor one quarter"),
        });

    /// <summary>SIA003: a <c>koefisienId</c> belongs to another level than the employee's position (or the position is not functional).</summary>
    public static FindingDefinition KoefisienTidakSesuaiJenjang { get; } = new("SIA003", FindingSeverity.Error, Koefisien,
        "koefisienId {koefisien} untuk {pegawai} milik jenjang {jenjangKoefisien}, sedangkan jabatannya {jabatan}.",
        "koefisienId {koefisien} for {pegawai} belongs to the level {jenjangKoefisien}, but the position is {jabatan}.");

    /// <summary>SIA004: a SIASN identifier or decree field the payload needs is empty (<c>pnsDinilaiOrang</c>, <c>pnsDinilaiId</c>, <c>pnsId</c>, <c>rwJabatanId</c>, <c>nomorSk</c>).</summary>
    public static FindingDefinition IsianSiasnKosong { get; } = new("SIA004", FindingSeverity.Error, Payload,
        "Isian {field} untuk {pegawai} kosong; SIASN memerlukannya.",
        "The field {field} for {pegawai} is empty; SIASN needs it.");

    /// <summary>SIA005: the predicate sent differs from the quadrant cell of the ratings sent (a PPK decision or an objection changed it).</summary>
    public static FindingDefinition PredikatBukanSelKuadran { get; } = new("SIA005", FindingSeverity.Warning, Quadrant,
        "Predikat {predikat} yang dikirim untuk {pegawai} berbeda dari sel kuadran rating yang dikirim ({kuadran}); sumber predikat: {sumber}.",
        "The predicate {predikat} sent for {pegawai} differs from the quadrant cell of the ratings sent ({kuadran}); source of the predicate: {sumber}.");

    /// <summary>SIA006: an skp22 payload is built from an evaluation of part of the year; SIASN keeps it as the annual evaluation.</summary>
    public static FindingDefinition PeriodeSebagianTahun { get; } = new("SIA006", FindingSeverity.Warning, Period,
        "skp22 mencatat tahun {tahun} untuk {pegawai}, sedangkan periode penilaiannya {periode}; SIASN menyimpannya sebagai penilaian tahunan.",
        "skp22 records the year {tahun} for {pegawai}, while the evaluation period is {periode}; SIASN keeps it as the annual evaluation.");

    /// <summary>SIA007: the evaluation period crosses a performance year; SIASN records one year per record.</summary>
    public static FindingDefinition PeriodeLintasTahun { get; } = new("SIA007", FindingSeverity.Error, Period,
        "Periode {periode} untuk {pegawai} melewati batas tahun kinerja; SIASN mencatat satu tahun per rekaman.",
        "The period {periode} of {pegawai} crosses a performance year; SIASN records one year per record.");

    /// <summary>SIA008: the <c>koefisienId</c> the builder chose, with the policy it followed [L] (information).</summary>
    public static FindingDefinition KoefisienDipilih { get; } = new("SIA008", FindingSeverity.Info, Koefisien,
        "koefisienId {koefisien} dipilih untuk {pegawai} ({jenjang}, predikat {predikat}) menurut kebijakan {kebijakan}.",
        "koefisienId {koefisien} was chosen for {pegawai} ({jenjang}, predicate {predikat}) under the policy {kebijakan}.");

    /// <summary>SIA009: a given <c>koefisienId</c> has the right level but another predicate row than the policy gives for the predicate sent.</summary>
    public static FindingDefinition KoefisienTidakSesuaiPredikat { get; } = new("SIA009", FindingSeverity.Error, Koefisien,
        "koefisienId {koefisien} untuk {pegawai} menunjuk baris predikat {predikatKoefisien}; menurut kebijakan {kebijakan} seharusnya {seharusnya} untuk predikat {predikat}.",
        "koefisienId {koefisien} for {pegawai} points to the predicate row {predikatKoefisien}; under the policy {kebijakan} it should be {seharusnya} for the predicate {predikat}.");

    /// <summary>SIA010: a periodic evaluation's period lies outside the period of its SKP.</summary>
    public static FindingDefinition PeriodeDiLuarSkp { get; } = new("SIA010", FindingSeverity.Error, Period,
        "Periode penilaian {periode} untuk {pegawai} berada di luar periode SKP '{skp}' ({periodeSkp}).",
        "The evaluation period {periode} of {pegawai} lies outside the period of SKP '{skp}' ({periodeSkp}).");

    /// <summary>SIA011: the angka kredit was computed for another number of months than the period has.</summary>
    public static FindingDefinition BulanAngkaKreditTidakSesuai { get; } = new("SIA011", FindingSeverity.Error, Credit,
        "Angka kredit {pegawai} dihitung untuk {bulan} bulan, sedangkan periode {periode} mencakup {bulanPeriode} bulan.",
        "The angka kredit of {pegawai} was computed for {bulan} months, but the period {periode} spans {bulanPeriode} months.");

    /// <summary>SIA012: the decree date precedes the end of the period it credits.</summary>
    public static FindingDefinition TanggalSkSebelumAkhirPeriode { get; } = new("SIA012", FindingSeverity.Warning, Credit,
        "Tanggal SK {tanggalSk} untuk {pegawai} mendahului akhir periode {periode}.",
        "The decree date {tanggalSk} for {pegawai} precedes the end of the period {periode}.");

    /// <summary>SIA013: the employee is not evaluated in the evaluation period (a special status), so there is no predicate to send.</summary>
    public static FindingDefinition TidakDinilai { get; } = new("SIA013", FindingSeverity.Error, Evaluation,
        "{pegawai} tidak dinilai pada periode {periode} ({perlakuan}); tidak ada predikat untuk dikirim ke SIASN.",
        "{pegawai} is not evaluated in the period {periode} ({perlakuan}); there is no predicate to send to SIASN.");

    /// <summary>SIA014: no evaluator is recorded with the employee's ratings of the evaluation period and none is given.</summary>
    public static FindingDefinition PenilaiTidakTercatat { get; } = new("SIA014", FindingSeverity.Error, Payload,
        "Penilai {pegawai} tidak tercatat pada penilaian periode {periode} dan tidak diberikan.",
        "The evaluator of {pegawai} is not recorded with the ratings of the period {periode} and none is given.");

    /// <summary>SIA015: the employee's objection against the PPK's predicate is not decided yet; the predicate sent (the PPK's, which stands until then) may change.</summary>
    public static FindingDefinition KeberatanBelumDiputus { get; } = new("SIA015", FindingSeverity.Warning, Objection,
        "Keberatan {pegawai} atas predikat {predikat} belum diputus; predikat yang dikirim dapat berubah.",
        "The objection of {pegawai} against the predicate {predikat} is not decided yet; the predicate sent may change.");

    /// <summary>SIA020: the library computed a result that SIASN holds no record of.</summary>
    public static FindingDefinition TidakAdaDiSiasn { get; } = new("SIA020", FindingSeverity.Warning, Reconciliation,
        "SIASN belum memiliki rekaman {jenis} {periode} untuk {pegawai}.",
        "SIASN holds no {jenis} record of {periode} for {pegawai}.");

    /// <summary>SIA021: SIASN holds a record the library computed no result for.</summary>
    public static FindingDefinition TidakDihitung { get; } = new("SIA021", FindingSeverity.Warning, Reconciliation,
        "SIASN memiliki rekaman {jenis} {periode} untuk {pegawai} (id {id}) yang tidak dihitung AsnKinerja.",
        "SIASN holds a {jenis} record of {periode} for {pegawai} (id {id}) that AsnKinerja did not compute.");

    /// <summary>SIA022: SIASN holds another predicate than the library computed.</summary>
    public static FindingDefinition PredikatBerbeda { get; } = new("SIA022", FindingSeverity.Error, Reconciliation,
        "Predikat {pegawai} {periode} di SIASN {siasn} (kuadranKinerjaNilai {kodeSiasn}), hasil AsnKinerja {pustaka} ({kodePustaka}).",
        "The predicate of {pegawai} {periode} in SIASN is {siasn} (kuadranKinerjaNilai {kodeSiasn}); AsnKinerja computed {pustaka} ({kodePustaka}).");

    /// <summary>SIA023: SIASN holds another code than the library computed (<c>hasilKinerjaNilai</c>, <c>perilakuKerjaNilai</c>, <c>statusPenilai</c>, <c>koefisienId</c>).</summary>
    public static FindingDefinition KodeBerbeda { get; } = new("SIA023", FindingSeverity.Error, Reconciliation,
        "{field} {pegawai} {periode} di SIASN {siasn}, hasil AsnKinerja {pustaka}.",
        "{field} of {pegawai} {periode} in SIASN is {siasn}; AsnKinerja computed {pustaka}.");

    /// <summary>SIA024: SIASN names another evaluator (NIP or NRP) than the library's payload.</summary>
    public static FindingDefinition PenilaiBerbeda { get; } = new("SIA024", FindingSeverity.Warning, Reconciliation,
        "Penilai {pegawai} {periode} di SIASN {siasn}, menurut AsnKinerja {pustaka}.",
        "The evaluator of {pegawai} {periode} in SIASN is {siasn}; according to AsnKinerja it is {pustaka}.");

    /// <summary>SIA025: SIASN holds more than one record of the same kind and period for an employee.</summary>
    public static FindingDefinition RekamanGanda { get; } = new("SIA025", FindingSeverity.Warning, Reconciliation,
        "SIASN memiliki {jumlah} rekaman {jenis} {periode} untuk {pegawai}; yang dibandingkan: id {id}.",
        "SIASN holds {jumlah} {jenis} records of {periode} for {pegawai}; compared: id {id}.");

    /// <summary>SIA026: SIASN's record names another employee identifier (<c>pnsDinilaiId</c>) than the library's payload.</summary>
    public static FindingDefinition IdentitasBerbeda { get; } = new("SIA026", FindingSeverity.Error, Reconciliation,
        "Rekaman SIASN {pegawai} {periode} menyebut pnsDinilaiId {siasn}, sedangkan payload AsnKinerja memakai {pustaka}.",
        "The SIASN record of {pegawai} {periode} names pnsDinilaiId {siasn}, but the AsnKinerja payload uses {pustaka}.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        PenilaiTidakLengkap, PeriodeTidakDapatDinyatakan, KoefisienTidakSesuaiJenjang, IsianSiasnKosong, PredikatBukanSelKuadran,
        PeriodeSebagianTahun, PeriodeLintasTahun, KoefisienDipilih, KoefisienTidakSesuaiPredikat, PeriodeDiLuarSkp,
        BulanAngkaKreditTidakSesuai, TanggalSkSebelumAkhirPeriode, TidakDinilai, PenilaiTidakTercatat, KeberatanBelumDiputus, TidakAdaDiSiasn, TidakDihitung, PredikatBerbeda, KodeBerbeda,
        PenilaiBerbeda, RekamanGanda, IdentitasBerbeda);
}
