using System.ComponentModel;

namespace AsnKinerja.PublicApi.Tests.Fixtures;

// Small types whose printed API is pinned by PublicApiWriterTests. Bodies are irrelevant; signatures are the point.

/// <summary>Nullable annotations, an extension method, default values and params.</summary>
public static class NullableSample
{
    public static string? Find(string key, IReadOnlyList<string?> values, out int index)
    {
        index = values.Count;
        return key;
    }

    public static int Count(this string text, char separator = ',', int start = 0, string? label = null, params int[] extra) =>
        text.Length + separator + start + (label?.Length ?? 0) + extra.Length;
}

/// <summary>A [Flags] enum with a non-int underlying type and an obsolete member.</summary>
[Flags]
public enum SampleAccess : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    [Obsolete("Use Write.")]
    Append = 4,
    All = Read | Write,
}

/// <summary>A readonly struct with constants, operators and an [EditorBrowsable] method.</summary>
public readonly struct Money : IEquatable<Money>
{
    public const int Scale = 2;

    public static readonly Money Zero;

    public Money(decimal amount) => Amount = amount;

    public decimal Amount { get; }

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static explicit operator decimal(Money value) => value.Amount;

    public bool Equals(Money other) => Amount == other.Amount;

    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => Amount.GetHashCode();

    [EditorBrowsable(EditorBrowsableState.Never)]
    public Money WithAmount(in decimal amount, ref int counter)
    {
        counter++;
        return new Money(amount + Amount);
    }
}

/// <summary>An unsealed generic type: protected members, constraints, a tuple, an event and accessor visibility.</summary>
public abstract class Repository<TKey>
    where TKey : notnull
{
#pragma warning disable CA1051 // A visible field on purpose: the writer must print it.
    protected internal int Level;
#pragma warning restore CA1051

    protected Repository()
    {
    }

    public event EventHandler<string>? Changed;

    public string Name { get; protected set; } = string.Empty;

    public abstract TValue? Get<TValue>(TKey key)
        where TValue : class, IComparable<TValue>, new();

    public virtual IEnumerable<(TKey Key, int Count)> Counts() => [];

    public T Pick<T>(T first, T? second = default)
        where T : struct, IComparable<T> => second ?? first;

    internal void Hidden() => Changed?.Invoke(this, Name);
}
