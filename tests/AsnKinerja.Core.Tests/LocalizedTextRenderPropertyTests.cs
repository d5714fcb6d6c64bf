using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// The renderer reads each template once into runs; these properties hold it to the documented rules, stated here as a
/// direct character-by-character reading of the template: <c>{key}</c> takes the value (or stays as written),
/// <c>{@key}</c> takes the sub-text named by the value, one level deep (or the value, or stays as written), and a brace
/// that opens no name is text.
/// </summary>
public sealed class LocalizedTextRenderPropertyTests
{
    private static readonly string[] Pieces =
    {
        "Unit ", "pegawai", " ", ".", ",", "{", "}", "{}", "{ }", "{@}", "{@@a}", "{a}", "{b.c}", "{@s}", "{@t}", "{x_1}", "{a", "a}", "{{a}}", "ä", "—",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["a"] = "A", ["b.c"] = "BC", ["s"] = "ya", ["t"] = "zonk", ["oleh"] = "PPK", ["x_1"] = "{a}",
    };

    private static readonly Dictionary<string, LocalizedText> Texts = new(StringComparer.Ordinal)
    {
        ["ya"] = new LocalizedText("oleh {oleh} {@s}", "by {oleh} {@s}"),
        ["tidak"] = new LocalizedText("tidak", "not"),
    };

    private static Arbitrary<string> Templates => Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    [Property]
    public Property Render_AnyTemplate_IsTheDirectReadingOfIt() => Prop.ForAll(Templates, Gen.Elements(Language.Indonesian, Language.English).ToArbitrary(), (template, language) =>
    {
        var text = new LocalizedText(template, template);
        string? Lookup(string key) => Values.TryGetValue(key, out var v) ? v : null;
        return text.Render(language, Lookup, Texts) == Reference(template, language, Lookup, Texts, nested: false);
    });

    [Property]
    public Property Render_WithoutSubTexts_ValuesOnly() => Prop.ForAll(Templates, template =>
    {
        var text = new LocalizedText(template, template);
        string? Lookup(string key) => Values.TryGetValue(key, out var v) ? v : null;
        return text.Render(Language.Indonesian, Lookup, null) == Reference(template, Language.Indonesian, Lookup, null, nested: false);
    });

    private static string Reference(string template, Language language, Func<string, string?> lookup, IReadOnlyDictionary<string, LocalizedText>? texts, bool nested)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{')
            {
                var j = i + 1;
                var isNested = j < template.Length && template[j] == '@';
                if (isNested)
                {
                    j++;
                }

                var first = j;
                while (j < template.Length && (char.IsAsciiLetterOrDigit(template[j]) || template[j] is '_' or '.'))
                {
                    j++;
                }

                if (j > first && j < template.Length && template[j] == '}')
                {
                    var name = template.Substring(first, j - first);
                    var written = template.Substring(i, j + 1 - i);
                    var value = lookup(name);
                    if (isNested && !nested && value is not null && texts is not null && texts.TryGetValue(value, out var sub))
                    {
                        builder.Append(Reference(sub.Get(language), language, lookup, texts, nested: true));
                    }
                    else
                    {
                        builder.Append(value ?? written);
                    }

                    i = j + 1;
                    continue;
                }
            }

            builder.Append(template[i]);
            i++;
        }

        return builder.ToString();
    }
}
