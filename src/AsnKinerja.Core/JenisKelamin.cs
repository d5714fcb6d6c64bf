namespace AsnKinerja;

/// <summary>The gender digit of a NIP (the 15th digit): 1 for male, 2 for female.</summary>
public enum JenisKelamin
{
    /// <summary><em>Laki-laki</em> (digit 1).</summary>
    LakiLaki = 1,

    /// <summary><em>Perempuan</em> (digit 2).</summary>
    Perempuan = 2,
}
