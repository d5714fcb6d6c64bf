namespace AsnKinerja;

/// <summary>The employment status of an ASN. PermenPANRB 6/2022 applies to both.</summary>
public enum StatusKepegawaian
{
    /// <summary><em>Pegawai Negeri Sipil</em>: civil servant.</summary>
    Pns = 1,

    /// <summary><em>Pegawai Pemerintah dengan Perjanjian Kerja</em>: government employee on contract.</summary>
    Pppk = 2,
}
