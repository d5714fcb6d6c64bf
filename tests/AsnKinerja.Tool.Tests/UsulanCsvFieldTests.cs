using System.Text;
using AsnKinerja.Tool.Keluaran;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AsnKinerja.Tool.Tests;

/// <summary>A CSV field as the outputs write it, against the rule stated directly: guard, then quote and double the quotes.</summary>
public sealed class UsulanCsvFieldTests
{
    private static readonly string[] Pieces = { "a", "Dewi", " ", ",", ";", "\"", "\r", "\n", "=", "+", "-", "@", "'", "é", "87.5" };

    private static Arbitrary<string> Values => Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    [Property]
    public Property FieldAndAppendField_AnyText_FollowTheRule() => Prop.ForAll(Values, value =>
    {
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        var expected = guarded.Contains(',', StringComparison.Ordinal) || guarded.Contains(';', StringComparison.Ordinal) || guarded.Contains('"', StringComparison.Ordinal)
            || guarded.Contains('\r', StringComparison.Ordinal) || guarded.Contains('\n', StringComparison.Ordinal) ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : guarded;
        return UsulanCsv.Field(value) == expected && UsulanCsv.AppendField(new StringBuilder("x"), value).ToString() == "x" + expected;
    });

    [Fact]
    public void Field_Examples_AreGuardedAndQuoted()
    {
        Assert.Equal("Dewi", UsulanCsv.Field("Dewi"));
        Assert.Equal("'=1+1", UsulanCsv.Field("=1+1"));
        Assert.Equal("\"'-a, b\"", UsulanCsv.Field("-a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", UsulanCsv.Field("say \"hi\""));
    }
}
