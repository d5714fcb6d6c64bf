namespace AsnKinerja;

/// <summary>The short names the library cites regulations by, so every package writes them the same way.</summary>
public static class RegulationNames
{
    /// <summary>PermenPANRB 6/2022, <em>Pengelolaan Kinerja Pegawai ASN</em>.</summary>
    public const string PermenPanRb6Tahun2022 = "PermenPANRB 6/2022";

    /// <summary>SE MenPANRB 3/2023, <em>Tata Cara Penetapan Predikat Kinerja Pegawai ASN</em> (often cited as "SE 1/2023").</summary>
    public const string SeMenPanRb3Tahun2023 = "SE MenPANRB 3/2023";

    /// <summary>PermenPANRB 1/2023, <em>Jabatan Fungsional</em>.</summary>
    public const string PermenPanRb1Tahun2023 = "PermenPANRB 1/2023";

    /// <summary>Peraturan BKN 3/2023, technical rules for <em>angka kredit</em>.</summary>
    public const string PeraturanBkn3Tahun2023 = "Peraturan BKN 3/2023";

    /// <summary>SE MenPANRB 20/2021, the BerAKHLAK core values.</summary>
    public const string SeMenPanRb20Tahun2021 = "SE MenPANRB 20/2021";

    /// <summary>PermenPANRB 3/2020, <em>Manajemen Talenta ASN</em>.</summary>
    public const string PermenPanRb3Tahun2020 = "PermenPANRB 3/2020";

    /// <summary>PermenPANRB 20/2025, amending PermenPANRB 3/2020 on <em>Manajemen Talenta ASN</em>.</summary>
    public const string PermenPanRb20Tahun2025 = "PermenPANRB 20/2025";

    /// <summary>PP 30/2019, <em>Penilaian Kinerja PNS</em>.</summary>
    public const string Pp30Tahun2019 = "PP 30/2019";

    /// <summary>BKN guidance material on applying PermenPANRB 6/2022.</summary>
    public const string PanduanBkn = "Panduan BKN";

    /// <summary>A choice of the library where the regulation is silent; always a named policy.</summary>
    public const string KebijakanPustaka = "Kebijakan AsnKinerja";
}
