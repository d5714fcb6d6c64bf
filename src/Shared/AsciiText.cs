namespace AsnKinerja;

/// <summary>
/// Case folding for labels and codes, limited to the ASCII letters A–Z. Every label the library knows is ASCII, so
/// nothing else needs folding; and folding nothing else keeps compatibility characters such as the Kelvin sign
/// (U+212A, which Unicode lower-cases to <c>k</c>) or the long s (U+017F, upper-cased to <c>S</c> where ICU is loaded)
/// from turning into ASCII letters, and gives the same answer with and without invariant globalization mode.
/// </summary>
internal static class AsciiText
{
    internal static char ToLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;

    internal static char ToUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    /// <summary>Whether two texts are equal when ASCII letters are compared without case (everything else ordinally).</summary>
    internal static bool EqualsIgnoreCase(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (ToLower(a[i]) != ToLower(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with ASCII letters upper-cased and everything else unchanged.</summary>
    internal static string ToUpper(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ToUpper(chars[i]);
        }

        return new string(chars);
    }
}
