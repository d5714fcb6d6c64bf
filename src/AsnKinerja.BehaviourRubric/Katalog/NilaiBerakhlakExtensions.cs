using System.Diagnostics.CodeAnalysis;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The stable two-letter codes of the BerAKHLAK values: <c>BO</c> Berorientasi Pelayanan, <c>AK</c> Akuntabel,
/// <c>KO</c> Kompeten, <c>HA</c> Harmonis, <c>LO</c> Loyal, <c>AD</c> Adaptif, <c>KL</c> Kolaboratif.
/// </summary>
/// <remarks>The codes never change once shipped and do not depend on the catalogue version. Stateless and thread-safe.</remarks>
public static class NilaiBerakhlakExtensions
{
    /// <summary>The stable code of a value.</summary>
    /// <param name="nilai">The value.</param>
    /// <returns>The two-letter code, e.g. <c>BO</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public static string ToKode(this NilaiBerakhlak nilai) => Preconditions.CheckDefined(nilai) switch
    {
        NilaiBerakhlak.BerorientasiPelayanan => "BO",
        NilaiBerakhlak.Akuntabel => "AK",
        NilaiBerakhlak.Kompeten => "KO",
        NilaiBerakhlak.Harmonis => "HA",
        NilaiBerakhlak.Loyal => "LO",
        NilaiBerakhlak.Adaptif => "AD",
        _ => "KL",
    };

    /// <summary>Reads a value code, ignoring ASCII case and surrounding white space.</summary>
    /// <param name="kode">The code, e.g. <c>BO</c> or <c>kl</c>.</param>
    /// <param name="nilai">The value when recognised.</param>
    /// <returns>Whether the code names a value.</returns>
    public static bool TryParseKode([NotNullWhen(true)] string? kode, out NilaiBerakhlak nilai)
    {
        nilai = default;
        if (kode is null)
        {
            return false;
        }

        var k = kode.Trim();
        for (var v = NilaiBerakhlak.BerorientasiPelayanan; v <= NilaiBerakhlak.Kolaboratif; v++)
        {
            if (AsciiText.EqualsIgnoreCase(k, v.ToKode()))
            {
                nilai = v;
                return true;
            }
        }

        return false;
    }
}
