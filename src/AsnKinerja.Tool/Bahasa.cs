namespace AsnKinerja.Tool;

/// <summary>
/// The language the tool speaks: every message has an Indonesian and an English text and the choice is made once, from
/// <c>--lang</c>. Indonesian is the default, as in the library.
/// </summary>
internal sealed class Bahasa
{
    private Bahasa(Language language) => Language = language;

    /// <summary>Bahasa Indonesia.</summary>
    public static Bahasa Indonesia { get; } = new(Language.Indonesian);

    /// <summary>English.</summary>
    public static Bahasa English { get; } = new(Language.English);

    /// <summary>The library's language value, for findings and explanations.</summary>
    public Language Language { get; }

    /// <summary>Whether the tool speaks English.</summary>
    public bool IsEnglish => Language == Language.English;

    /// <summary>The language named on the command line (<c>id</c>, <c>en</c>, with or without a region), or null when unknown.</summary>
    /// <param name="name">The value given to <c>--lang</c>.</param>
    /// <returns>The language or null.</returns>
    public static Bahasa? FromName(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key is "id" or "in" or "ind" or "indonesia" or "indonesian" or "bahasa" || key.StartsWith("id-", StringComparison.Ordinal))
        {
            return Indonesia;
        }

        return key is "en" or "eng" or "english" || key.StartsWith("en-", StringComparison.Ordinal) ? English : null;
    }

    /// <summary>Picks the text of this language.</summary>
    /// <param name="indonesia">The Indonesian text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>One of the two.</returns>
    public string T(string indonesia, string english) => IsEnglish ? english : indonesia;
}
