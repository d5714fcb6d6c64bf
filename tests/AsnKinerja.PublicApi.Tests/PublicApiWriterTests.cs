using AsnKinerja.PublicApi.Tests.Fixtures;

namespace AsnKinerja.PublicApi.Tests;

/// <summary>The writer's output for small fixture types, written by hand from C# semantics.</summary>
public sealed class PublicApiWriterTests
{
    [Fact]
    public void ForType_StaticClassWithNullableAnnotationsAndDefaults_PrintsAnnotationsModifiersAndDefaults()
    {
        const string expected =
            """
            public static class NullableSample
            {
                public static int Count(this string text, char separator = ',', int start = 0, string? label = null, params int[] extra);
                public static string? Find(string key, System.Collections.Generic.IReadOnlyList<string?> values, out int index);
            }

            """;
        Assert.Equal(expected, PublicApiWriter.ForType(typeof(NullableSample)));
    }

    [Fact]
    public void ForType_FlagsEnumOfByte_PrintsAttributesUnderlyingTypeAndMembersByValue()
    {
        const string expected =
            """
            [System.Flags]
            public enum SampleAccess : byte
            {
                None = 0,
                Read = 1,
                Write = 2,
                All = 3,
                [System.Obsolete("Use Write.")]
                Append = 4,
            }

            """;
        Assert.Equal(expected, PublicApiWriter.ForType(typeof(SampleAccess)));
    }

    [Fact]
    public void ForType_ReadonlyStructWithOperators_PrintsReadonlyFieldsOperatorsAndKindOrder()
    {
        const string expected =
            """
            public readonly struct Money : System.IEquatable<AsnKinerja.PublicApi.Tests.Fixtures.Money>
            {
                public const int Scale = 2;
                public static readonly AsnKinerja.PublicApi.Tests.Fixtures.Money Zero;
                public Money(decimal amount);
                public decimal Amount { get; }
                public bool Equals(AsnKinerja.PublicApi.Tests.Fixtures.Money other);
                public override bool Equals(object? obj);
                public override int GetHashCode();
                [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
                public AsnKinerja.PublicApi.Tests.Fixtures.Money WithAmount(in decimal amount, ref int counter);
                public static AsnKinerja.PublicApi.Tests.Fixtures.Money operator +(AsnKinerja.PublicApi.Tests.Fixtures.Money left, AsnKinerja.PublicApi.Tests.Fixtures.Money right);
                public static bool operator ==(AsnKinerja.PublicApi.Tests.Fixtures.Money left, AsnKinerja.PublicApi.Tests.Fixtures.Money right);
                public static explicit operator decimal(AsnKinerja.PublicApi.Tests.Fixtures.Money value);
                public static bool operator !=(AsnKinerja.PublicApi.Tests.Fixtures.Money left, AsnKinerja.PublicApi.Tests.Fixtures.Money right);
            }

            """;
        Assert.Equal(expected, PublicApiWriter.ForType(typeof(Money)));
    }

    [Fact]
    public void ForType_AbstractGenericClass_PrintsConstraintsProtectedMembersAndTupleNames()
    {
        const string expected =
            """
            public abstract class Repository<TKey> where TKey : notnull
            {
                protected internal int Level;
                protected Repository();
                public string Name { get; protected set; }
                public event System.EventHandler<string>? Changed;
                public virtual System.Collections.Generic.IEnumerable<(TKey Key, int Count)> Counts();
                public abstract TValue? Get<TValue>(TKey key) where TValue : class, System.IComparable<TValue>, new();
                public T Pick<T>(T first, T? second = null) where T : struct, System.IComparable<T>;
            }

            """;
        Assert.Equal(expected, PublicApiWriter.ForType(typeof(Repository<>)));
    }

    [Fact]
    public void IsVisible_InternalAndPublicTypes_OnlyPublicIsVisible()
    {
        Assert.True(PublicApiWriter.IsVisible(typeof(Money)));
        Assert.False(PublicApiWriter.IsVisible(typeof(ApprovedFileDiffFixture)));
    }

    [Fact]
    public void Diff_OneLineChanged_ShowsRemovedThenAddedWithContext()
    {
        const string expected =
            """
            --- approved
            +++ received
            @@ -1 +1 @@
             a
             b
            -c
            +X
             d

            """;
        Assert.Equal(expected, ApprovedFile.Diff("a\nb\nc\nd\n", "a\nb\nX\nd\n"));
    }

    [Fact]
    public void Diff_ManyChangedLines_StopsAfterFortyAndCountsTheRest()
    {
        var approved = string.Concat(Enumerable.Range(0, 50).Select(i => "line " + i + "\n"));
        var received = string.Concat(Enumerable.Range(0, 50).Select(i => "LINE " + i + "\n"));

        var diff = ApprovedFile.Diff(approved, received);

        Assert.Equal(40, diff.Split('\n').Count(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)
            || l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)));
        Assert.EndsWith("... and 60 more changed lines (see the received file).\n", diff, StringComparison.Ordinal);
    }

    private static class ApprovedFileDiffFixture
    {
    }
}
