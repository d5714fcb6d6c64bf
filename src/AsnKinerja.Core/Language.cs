namespace AsnKinerja;

/// <summary>
/// The languages every message and description of the library is written in. Bahasa Indonesia is the default and
/// the fallback; English is the second language.
/// </summary>
/// <remarks>The numeric values are not a wire format.</remarks>
public enum Language
{
    /// <summary>Bahasa Indonesia: the default and the fallback for every culture that is not English.</summary>
    Indonesian = 1,

    /// <summary>English, for any culture whose language is English (<c>en</c>, <c>en-US</c>, <c>en-GB</c>, …).</summary>
    English = 2,
}
