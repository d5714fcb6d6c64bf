using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>The findings of the SKP rules (codes <c>SKP001</c>…). Codes never change once shipped.</summary>
public static class SkpFindings
{
    private static readonly RegulationReference SkpForm = new(RegulationNames.PermenPanRb6Tahun2022, "Bab II, Lampiran (format SKP)", Confidence.High);
    private static readonly RegulationReference SkpFormMedium = new(RegulationNames.PermenPanRb6Tahun2022, "Bab II, Lampiran (format SKP)", Confidence.Medium);
    private static readonly RegulationReference Ppk = new(RegulationNames.PermenPanRb6Tahun2022, "Ketentuan Pejabat Penilai Kinerja", Confidence.High);
    private static readonly RegulationReference Deadline = new(RegulationNames.PermenPanRb6Tahun2022, "Penetapan SKP (paling lambat akhir Januari)", Confidence.Medium);
    private static readonly RegulationReference Berakhlak = new(RegulationNames.SeMenPanRb20Tahun2021, "Nilai dasar BerAKHLAK", Confidence.High);
    private static readonly RegulationReference Policy = new(RegulationNames.KebijakanPustaka, "Aspek IKI", Confidence.Low);

    /// <summary>SKP001: the SKP has no main result.</summary>
    public static FindingDefinition TanpaHasilKerjaUtama { get; } = new("SKP001", FindingSeverity.Error, SkpForm,
        "SKP '{skp}' tidak memiliki Rencana Hasil Kerja utama; minimal satu wajib ada.", "SKP '{skp}' has no main result (RHK utama); at least one is required.");

    /// <summary>SKP002: a main RHK of a JA/JF SKP names no superior RHK it intervenes.</summary>
    public static FindingDefinition RhkUtamaTanpaIntervensi { get; } = new("SKP002", FindingSeverity.Error, SkpFormMedium,
        "RHK utama '{rhk}' tidak menyebut RHK atasan yang diintervensi.", "Main result '{rhk}' names no superior result (RHK atasan) that it intervenes.");

    /// <summary>SKP003: an IKI of a JPT SKP has no perspective.</summary>
    public static FindingDefinition IkiJptTanpaPerspektif { get; } = new("SKP003", FindingSeverity.Error, SkpForm,
        "IKI '{iki}' pada SKP JPT tidak memiliki perspektif (Penerima Layanan, Proses Bisnis, Penguatan Internal, Anggaran).", "IKI '{iki}' of a JPT SKP has no perspective (Penerima Layanan, Proses Bisnis, Penguatan Internal, Anggaran).");

    /// <summary>SKP004: a quantitative IKI has a target that is not positive.</summary>
    public static FindingDefinition TargetTidakPositif { get; } = new("SKP004", FindingSeverity.Error, SkpForm,
        "Target IKI '{iki}' adalah {target}; target kuantitatif harus lebih dari nol.", "The target of IKI '{iki}' is {target}; a quantitative target must be greater than zero.");

    /// <summary>SKP005: a quantitative IKI has no unit.</summary>
    public static FindingDefinition TargetTanpaSatuan { get; } = new("SKP005", FindingSeverity.Error, SkpForm,
        "Target IKI '{iki}' tidak memiliki satuan.", "The target of IKI '{iki}' has no unit.");

    /// <summary>SKP006: a qualitative IKI has no target text.</summary>
    public static FindingDefinition TargetKualitatifKosong { get; } = new("SKP006", FindingSeverity.Error, SkpForm,
        "Target kualitatif IKI '{iki}' kosong.", "The qualitative target of IKI '{iki}' is empty.");

    /// <summary>SKP007: an IKI's target does not match the SKP's approach.</summary>
    public static FindingDefinition TargetTidakSesuaiPendekatan { get; } = new("SKP007", FindingSeverity.Error, SkpForm,
        "IKI '{iki}' memiliki target {jenisTarget}, padahal pendekatan SKP adalah {pendekatan}.", "IKI '{iki}' has a {jenisTarget} target but the SKP approach is {pendekatan}.");

    /// <summary>SKP008: the SKP period is not inside one performance year.</summary>
    public static FindingDefinition PeriodeLintasTahun { get; } = new("SKP008", FindingSeverity.Error, SkpForm,
        "Periode SKP '{skp}' ({periode}) melewati batas tahun kinerja.", "The period of SKP '{skp}' ({periode}) crosses a performance year.");

    /// <summary>SKP009: the SKP was set after the deadline (a policy chooses the deadline).</summary>
    public static FindingDefinition PenetapanTerlambat { get; } = new("SKP009", FindingSeverity.Warning, Deadline,
        "SKP '{skp}' ditetapkan {tanggal}, melewati batas {batas} (kebijakan {kebijakan}).", "SKP '{skp}' was set on {tanggal}, after the deadline {batas} (policy {kebijakan}).");

    /// <summary>SKP010: an approved or closed SKP has no date of <em>penetapan</em>.</summary>
    public static FindingDefinition TanpaTanggalPenetapan { get; } = new("SKP010", FindingSeverity.Warning, Deadline,
        "SKP '{skp}' berstatus {status} tetapi tanggal penetapannya tidak dicatat.", "SKP '{skp}' is {status} but its date of penetapan is not recorded.");

    /// <summary>
    /// SKP011: a definitive ASN PPK holds a position below <em>pengawas</em> and heads no unit under an additional duty
    /// (not a principal or head of a health centre), without Plt, Plh or delegated authority. A non-ASN PPK (minister,
    /// governor, regent, mayor) never raises it.
    /// </summary>
    public static FindingDefinition PpkDiBawahPengawas { get; } = new("SKP011", FindingSeverity.Error, Ppk,
        "Pejabat Penilai Kinerja {ppk} menduduki jabatan {jabatan}; PPK paling rendah pejabat pengawas kecuali memimpin unit dengan tugas tambahan, Plt, Plh atau pendelegasian.", "The appraising official {ppk} holds a {jabatan} position; a PPK is at least a pengawas unless heading a unit under an additional duty, acting (Plt/Plh) or delegated.");

    /// <summary>SKP012: a BerAKHLAK value is missing from the work behaviour.</summary>
    public static FindingDefinition NilaiBerakhlakTidakAda { get; } = new("SKP012", FindingSeverity.Error, Berakhlak,
        "Perilaku kerja SKP '{skp}' tidak memuat nilai {nilai}; ketujuh nilai BerAKHLAK wajib ada.", "The work behaviour of SKP '{skp}' lacks the value {nilai}; all seven BerAKHLAK values are required.");

    /// <summary>SKP013: an RHK has no IKI.</summary>
    public static FindingDefinition RhkTanpaIki { get; } = new("SKP013", FindingSeverity.Error, SkpForm,
        "RHK '{rhk}' tidak memiliki Indikator Kinerja Individu.", "Result '{rhk}' has no individual performance indicator (IKI).");

    /// <summary>SKP014: a quantitative IKI has no aspect.</summary>
    public static FindingDefinition IkiTanpaAspek { get; } = new("SKP014", FindingSeverity.Error, SkpForm,
        "IKI '{iki}' pada pendekatan kuantitatif tidak memiliki aspek (kuantitas, kualitas, waktu, biaya).", "IKI '{iki}' in the quantitative approach has no aspect (kuantitas, kualitas, waktu, biaya).");

    /// <summary>SKP015: a JPT RHK names neither an organisation goal nor an assignment.</summary>
    public static FindingDefinition RhkJptTanpaSumber { get; } = new("SKP015", FindingSeverity.Warning, SkpFormMedium,
        "RHK '{rhk}' pada SKP JPT tidak menyebut Perjanjian Kinerja/Renstra maupun penugasan asalnya.", "Result '{rhk}' of a JPT SKP names neither the Perjanjian Kinerja/Renstra goal nor the assignment it comes from.");

    /// <summary>SKP016: an RHK lacks one of the aspects kuantitas, kualitas and waktu (only when the policy requires them).</summary>
    public static FindingDefinition AspekIntiTidakLengkap { get; } = new("SKP016", FindingSeverity.Warning, Policy,
        "RHK '{rhk}' tidak memiliki IKI dengan aspek {aspek} (kebijakan {kebijakan}).", "Result '{rhk}' has no IKI with the aspect {aspek} (policy {kebijakan}).");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        TanpaHasilKerjaUtama, RhkUtamaTanpaIntervensi, IkiJptTanpaPerspektif, TargetTidakPositif, TargetTanpaSatuan, TargetKualitatifKosong,
        TargetTidakSesuaiPendekatan, PeriodeLintasTahun, PenetapanTerlambat, TanpaTanggalPenetapan, PpkDiBawahPengawas, NilaiBerakhlakTidakAda,
        RhkTanpaIki, IkiTanpaAspek, RhkJptTanpaSumber, AspekIntiTidakLengkap);
}
