using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AsnKinerja;

/// <summary>
/// A text in both languages of the library, Bahasa Indonesia and English, optionally a template whose
/// placeholders name values in braces: <c>{jumlah}</c> is replaced by the value with key <c>jumlah</c>, and
/// <c>{@alasan}</c> by the named sub-text (of the definition that owns the template) whose name is the value of
/// <c>alasan</c>, rendered in the same language — so a value that itself needs translating stays data.
/// </summary>
/// <remarks>
/// Both languages must use the same placeholders, which the constructor checks, so no rendering can lose a value
/// or show one language's words in the other. A brace that does not open a placeholder name (letters, digits,
/// <c>_</c>, <c>.</c>) is literal text. Immutable and thread-safe; equality compares both texts ordinally.
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    // One builder per thread, kept while small: a national file renders hundreds of thousands of reasons.
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    // Each text as read once: literal runs and placeholders, so that rendering appends runs and looks up names without
    // scanning the template or cutting strings each time.
    private readonly Segment[] _indonesian;
    private readonly Segment[] _english;

    /// <summary>Creates a text.</summary>
    /// <param name="indonesian">The text in Bahasa Indonesia (may be empty).</param>
    /// <param name="english">The text in English (may be empty).</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The two texts do not use the same placeholders; the message names the difference.</exception>
    public LocalizedText(string indonesian, string english)
    {
        Indonesian = Preconditions.CheckNotNull(indonesian);
        English = Preconditions.CheckNotNull(english);
        var id = Scan(indonesian);
        var en = Scan(english);
        var missingInEnglish = id.Except(en, StringComparer.Ordinal).ToList();
        var missingInIndonesian = en.Except(id, StringComparer.Ordinal).ToList();
        Preconditions.CheckArgument(
            missingInEnglish.Count == 0 && missingInIndonesian.Count == 0,
            nameof(english),
            string.Format(
                CultureInfo.InvariantCulture,
                "Both languages must use the same placeholders; only in Indonesian: [{0}]; only in English: [{1}].",
                string.Join(", ", missingInEnglish),
                string.Join(", ", missingInIndonesian)));
        Placeholders = id.ToImmutableArray();
        _indonesian = Parse(indonesian);
        _english = Parse(english);
    }

    /// <summary>The text in Bahasa Indonesia.</summary>
    public string Indonesian { get; }

    /// <summary>The text in English.</summary>
    public string English { get; }

    /// <summary>The placeholder names, in order of first use in the Indonesian text; nested ones keep their <c>@</c>.</summary>
    public ImmutableArray<string> Placeholders { get; }

    /// <summary>Whether two texts are equal.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => Equals(left, right);

    /// <summary>Whether two texts differ.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !Equals(left, right);

    /// <summary>The text in a language, placeholders unfilled.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string Get(Language language) => Localization.Choose(language, Indonesian, English);

    /// <summary>The text for a culture (English for English cultures, Bahasa Indonesia otherwise), placeholders unfilled.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Get(CultureInfo culture) => Get(Localization.LanguageOf(culture));

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(Indonesian, other.Indonesian, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Indonesian), StringComparer.Ordinal.GetHashCode(English));

    /// <summary>The Indonesian text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Indonesian;

    /// <summary>
    /// Renders the text in a language: <c>{key}</c> from <paramref name="lookup"/> (left as written when it gives null),
    /// <c>{@key}</c> from the sub-text named by the value of <c>key</c> (rendered with the same lookup, one level deep).
    /// </summary>
    internal string Render(Language language, Func<string, string?> lookup, IReadOnlyDictionary<string, LocalizedText>? texts)
    {
        _ = Get(language); // an undefined language throws here

        var builder = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        builder.Clear();
        Append(builder, language, lookup, texts, nested: false);
        var text = builder.ToString();
        if (builder.Capacity <= 4096)
        {
            cachedBuilder = builder;
        }

        return text;
    }

    /// <summary>Whether the text has a nested <c>{@key}</c> placeholder.</summary>
    internal bool HasNested => Placeholders.Any(p => p[0] == '@');

    private void Append(StringBuilder builder, Language language, Func<string, string?> lookup, IReadOnlyDictionary<string, LocalizedText>? texts, bool nested)
    {
        var english = language == Language.English;
        var template = english ? English : Indonesian;
        foreach (var segment in english ? _english : _indonesian)
        {
            if (segment.Name is null)
            {
                builder.Append(template, segment.Start, segment.Length);
                continue;
            }

            var value = lookup(segment.Name);
            if (segment.Nested && !nested && value is not null && texts is not null && texts.TryGetValue(value, out var sub))
            {
                sub.Append(builder, language, lookup, texts, nested: true);
            }
            else if (value is not null)
            {
                builder.Append(value);
            }
            else
            {
                // A placeholder without a value stays as written.
                builder.Append(template, segment.Start, segment.Length);
            }
        }
    }

    private static Segment[] Parse(string template)
    {
        var segments = new List<Segment>();
        var literal = 0;
        var i = 0;
        while (i < template.Length)
        {
            if (TryReadPlaceholder(template, i, out var name, out var end))
            {
                if (i > literal)
                {
                    segments.Add(new Segment(literal, i - literal, null, false));
                }

                var isNested = name[0] == '@';
                segments.Add(new Segment(i, end - i, isNested ? name.Substring(1) : name, isNested));
                i = end;
                literal = end;
            }
            else
            {
                i++;
            }
        }

        if (template.Length > literal)
        {
            segments.Add(new Segment(literal, template.Length - literal, null, false));
        }

        return segments.ToArray();
    }

    private static List<string> Scan(string template)
    {
        var names = new List<string>();
        var i = 0;
        while (i < template.Length)
        {
            if (TryReadPlaceholder(template, i, out var name, out var end))
            {
                if (!names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    /// <summary>Reads <c>{name}</c> or <c>{@name}</c> at <paramref name="start"/>; <paramref name="end"/> is just past the closing brace.</summary>
    private static bool TryReadPlaceholder(string template, int start, out string name, out int end)
    {
        name = string.Empty;
        end = start;
        if (template[start] != '{')
        {
            return false;
        }

        var j = start + 1;
        if (j < template.Length && template[j] == '@')
        {
            j++;
        }

        var first = j;
        while (j < template.Length && IsNameChar(template[j]))
        {
            j++;
        }

        if (j == first || j >= template.Length || template[j] != '}')
        {
            return false;
        }

        name = template.Substring(start + 1, j - start - 1);
        end = j + 1;
        return true;
    }

    private static bool IsNameChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.';

    /// <summary>A run of the template: literal text (no name), or a placeholder with its name (without <c>@</c>) and the text it was written as.</summary>
    private readonly record struct Segment(int Start, int Length, string? Name, bool Nested);
}
