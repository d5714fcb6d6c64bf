namespace AsnKinerja;

/// <summary>Facts about functional levels.</summary>
public static class JenjangFungsionalExtensions
{
    /// <summary>Whether the level is on the expert track (<em>keahlian</em>).</summary>
    /// <param name="jenjang">A defined level.</param>
    /// <returns>True for Ahli Pertama, Muda, Madya and Utama.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenjang"/> is undefined.</exception>
    public static bool IsKeahlian(this JenjangFungsional jenjang) => Preconditions.CheckDefined(jenjang) >= JenjangFungsional.AhliPertama;

    /// <summary>The label as written in the regulation, e.g. <c>Ahli Pertama</c>.</summary>
    /// <param name="jenjang">A defined level.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenjang"/> is undefined.</exception>
    public static string ToLabel(this JenjangFungsional jenjang) => Preconditions.CheckDefined(jenjang) switch
    {
        JenjangFungsional.Pemula => "Pemula",
        JenjangFungsional.Terampil => "Terampil",
        JenjangFungsional.Mahir => "Mahir",
        JenjangFungsional.Penyelia => "Penyelia",
        JenjangFungsional.AhliPertama => "Ahli Pertama",
        JenjangFungsional.AhliMuda => "Ahli Muda",
        JenjangFungsional.AhliMadya => "Ahli Madya",
        _ => "Ahli Utama",
    };
}
