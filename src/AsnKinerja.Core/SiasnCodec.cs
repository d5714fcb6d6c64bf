using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// The explicit codec for the codes of SIASN, the national HR system that e-Kinerja results are pushed to.
/// Ratings: 1 = <em>Di Atas</em>, 2 = <em>Sesuai</em>, 3 = <em>Di Bawah</em>. Predicates
/// (<c>kuadranKinerjaNilai</c>): 1 = <em>Sangat Baik</em>, 2 = <em>Baik</em>, 3 = <em>Butuh Perbaikan</em>,
/// 4 = <em>Kurang/Misconduct</em>, 5 = <em>Sangat Kurang</em>. Evaluator status (<c>statusPenilai</c>): <c>ASN</c>,
/// <c>NON ASN</c>.
/// </summary>
/// <remarks>
/// SIASN numbers best first, the reverse of the enums' order: never cast an enum to or from a SIASN code.
/// Source: payloads of the public SIASN web-service clients (confidence medium to high). Stateless and thread-safe.
/// </remarks>
public static class SiasnCodec
{
    /// <summary>The SIASN code of a rating (1 = Di Atas, 2 = Sesuai, 3 = Di Bawah).</summary>
    /// <param name="value">A defined rating.</param>
    /// <returns>1, 2 or 3.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static int ToSiasnCode(Ekspektasi value) => 4 - (int)Preconditions.CheckDefined(value);

    /// <summary>The SIASN code of an employee predicate (1 = Sangat Baik … 5 = Sangat Kurang).</summary>
    /// <param name="value">A defined predicate.</param>
    /// <returns>1 to 5.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static int ToSiasnCode(PredikatKinerja value) => 6 - (int)Preconditions.CheckDefined(value);

    /// <summary>Reads a SIASN rating code.</summary>
    /// <param name="code">1, 2 or 3.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="FormatException"><paramref name="code"/> is not 1, 2 or 3.</exception>
    public static Ekspektasi EkspektasiFromSiasnCode(int code) =>
        TryEkspektasiFromSiasnCode(code, out var value) ? value : throw Unknown(code, "rating", 3);

    /// <summary>Tries to read a SIASN rating code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The rating when the code is 1, 2 or 3.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryEkspektasiFromSiasnCode(int code, out Ekspektasi value)
    {
        value = code is >= 1 and <= 3 ? (Ekspektasi)(4 - code) : default;
        return code is >= 1 and <= 3;
    }

    /// <summary>Reads a SIASN predicate code (<c>kuadranKinerjaNilai</c>).</summary>
    /// <param name="code">1 to 5.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="FormatException"><paramref name="code"/> is not between 1 and 5.</exception>
    public static PredikatKinerja PredikatKinerjaFromSiasnCode(int code) =>
        TryPredikatKinerjaFromSiasnCode(code, out var value) ? value : throw Unknown(code, "predicate (kuadranKinerjaNilai)", 5);

    /// <summary>Tries to read a SIASN predicate code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The predicate when the code is between 1 and 5.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryPredikatKinerjaFromSiasnCode(int code, out PredikatKinerja value)
    {
        value = code is >= 1 and <= 5 ? (PredikatKinerja)(6 - code) : default;
        return code is >= 1 and <= 5;
    }

    /// <summary>The SIASN text of an evaluator's status (<c>statusPenilai</c>): <c>ASN</c> or <c>NON ASN</c>.</summary>
    /// <param name="value">A defined status.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToSiasnText(StatusPenilai value) => Preconditions.CheckDefined(value) == StatusPenilai.Asn ? "ASN" : "NON ASN";

    /// <summary>Reads SIASN's <c>statusPenilai</c>: <c>ASN</c> or <c>NON ASN</c> (case, spaces, '-' and '_' ignored, so <c>NON-ASN</c> and <c>nonasn</c> are read too).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static StatusPenilai StatusPenilaiFromSiasnText(string text) =>
        TryStatusPenilaiFromSiasnText(Preconditions.CheckNotNull(text), out var value)
            ? value
            : throw new FormatException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a SIASN evaluator status (statusPenilai); valid texts are ASN and NON ASN.", text));

    /// <summary>Tries to read SIASN's <c>statusPenilai</c>; see <see cref="StatusPenilaiFromSiasnText"/>.</summary>
    /// <param name="text">The text; null is not a status.</param>
    /// <param name="value">The status when known.</param>
    /// <returns>Whether the text is known.</returns>
    public static bool TryStatusPenilaiFromSiasnText(string? text, out StatusPenilai value)
    {
        var key = text is null ? string.Empty : new string(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_').Select(char.ToUpperInvariant).ToArray());
        value = key switch
        {
            "ASN" => StatusPenilai.Asn,
            "NONASN" => StatusPenilai.NonAsn,
            _ => default,
        };
        return value != default;
    }

    private static FormatException Unknown(int code, string what, int max) =>
        new(string.Format(CultureInfo.InvariantCulture, "{0} is not a SIASN {1} code; valid codes are 1 to {2}.", code, what, max));
}
