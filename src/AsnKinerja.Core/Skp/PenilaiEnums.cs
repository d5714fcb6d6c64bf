namespace AsnKinerja;

/// <summary>
/// Whether an official who evaluates ASN holds an ASN post: SIASN's <c>statusPenilai</c>, written <c>ASN</c> or
/// <c>NON ASN</c> (<see cref="SiasnCodec.ToSiasnText(StatusPenilai)"/>).
/// </summary>
public enum StatusPenilai
{
    /// <summary><c>ASN</c>: a PNS or PPPK, identified by a NIP.</summary>
    Asn = 1,

    /// <summary><c>NON ASN</c>: a state official or regional head (minister, governor, regent, mayor, ...) who has no NIP.</summary>
    NonAsn = 2,
}

/// <summary>
/// The office of a non-ASN official who evaluates ASN: political and state officials who are the PPK of the top
/// officials (JPT) of their ministry, agency or region [M].
/// </summary>
public enum JabatanNonAsn
{
    /// <summary><em>Menteri</em>: a minister, or an official at ministerial level.</summary>
    Menteri = 1,

    /// <summary><em>Kepala lembaga</em>: the head of an agency or state institution who is not an ASN.</summary>
    KepalaLembaga = 2,

    /// <summary><em>Gubernur</em>: a governor.</summary>
    Gubernur = 3,

    /// <summary><em>Bupati</em>: a regent.</summary>
    Bupati = 4,

    /// <summary><em>Wali kota</em>: a mayor.</summary>
    WaliKota = 5,

    /// <summary>Another non-ASN office (for example a deputy regional head acting as the head); the office is named in <see cref="Pejabat.NamaJabatan"/>.</summary>
    Lainnya = 6,
}

/// <summary>
/// An additional duty (<em>tugas tambahan</em>) that makes a functional official the head of a unit, and so the PPK of
/// its employees: a teacher as school principal, a health worker as head of a health centre [M]. Duties that lead no
/// unit (deputy principal, head of a school library) give no PPK authority and are not listed.
/// </summary>
public enum TugasTambahan
{
    /// <summary><em>Kepala sekolah</em> (or madrasah): a teacher who heads the school; the PPK of its teachers.</summary>
    KepalaSekolah = 1,

    /// <summary><em>Kepala puskesmas</em>: a health worker who heads the community health centre.</summary>
    KepalaPuskesmas = 2,

    /// <summary>The head of another unit that a functional official leads under an additional duty (for example a <em>balai</em> or a hospital installation).</summary>
    KepalaUnitLain = 3,
}

/// <summary>An advisory role in an evaluation: people who inform the PPK's judgement without deciding it.</summary>
public enum JenisPertimbangan
{
    /// <summary><em>Tim kinerja</em>: a member of the performance team, for example the school supervisor (<em>pengawas sekolah</em>) in the evaluation of a principal.</summary>
    TimKinerja = 1,

    /// <summary><em>Pemberi pertimbangan</em>: another official who gives the PPK a consideration, for example the leader of a work team in another unit.</summary>
    PemberiPertimbangan = 2,
}

/// <summary>The kind of SKP: a regular one, or the SKP of an employee on study leave (<em>tugas belajar</em>).</summary>
public enum JenisSkp
{
    /// <summary>A regular SKP: results from the position, cascaded from the superior's results.</summary>
    Reguler = 1,

    /// <summary>
    /// The SKP of an employee on study leave: its results are expectations about the academic evaluation (for example a
    /// GPA target and graduating on time) plus any other assignments, agreed in a performance dialogue with the PPK from
    /// before the leave [M]. Its results need not intervene a superior result.
    /// </summary>
    TugasBelajar = 2,
}
