using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// How many employees of a unit hold each of the five predicates: the input of a distribution check.
/// </summary>
/// <remarks>
/// <c>default(JumlahPredikat)</c> is the empty unit (all counts zero). Equality compares the five counts.
/// The total is at most <see cref="int.MaxValue"/> (2,147,483,647) employees: every way of building counts above that
/// (the constructor, <see cref="Add"/>, <see cref="With"/>) throws an <see cref="ArgumentException"/> that names the
/// limit, never an <see cref="OverflowException"/>. Immutable and thread-safe.
/// </remarks>
public readonly struct JumlahPredikat : IEquatable<JumlahPredikat>
{
    private readonly int _sangatKurang;
    private readonly int _kurang;
    private readonly int _butuhPerbaikan;
    private readonly int _baik;
    private readonly int _sangatBaik;

    /// <summary>Creates the counts.</summary>
    /// <param name="sangatKurang">Employees rated Sangat Kurang.</param>
    /// <param name="kurangMisconduct">Employees rated Kurang/Misconduct.</param>
    /// <param name="butuhPerbaikan">Employees rated Butuh Perbaikan.</param>
    /// <param name="baik">Employees rated Baik.</param>
    /// <param name="sangatBaik">Employees rated Sangat Baik.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The counts add up to more than <see cref="int.MaxValue"/> (2,147,483,647) employees.</exception>
    public JumlahPredikat(int sangatKurang, int kurangMisconduct, int butuhPerbaikan, int baik, int sangatBaik)
    {
        _sangatKurang = Preconditions.CheckNonNegative(sangatKurang);
        _kurang = Preconditions.CheckNonNegative(kurangMisconduct);
        _butuhPerbaikan = Preconditions.CheckNonNegative(butuhPerbaikan);
        _baik = Preconditions.CheckNonNegative(baik);
        _sangatBaik = Preconditions.CheckNonNegative(sangatBaik);
        Total = CheckTotal((long)sangatKurang + kurangMisconduct + butuhPerbaikan + baik + sangatBaik);
    }

    /// <summary>The number of employees.</summary>
    public int Total { get; }

    /// <summary>The count of a predicate.</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined.</exception>
    public int this[PredikatKinerja predikat] => Preconditions.CheckDefined(predikat) switch
    {
        PredikatKinerja.SangatKurang => _sangatKurang,
        PredikatKinerja.KurangMisconduct => _kurang,
        PredikatKinerja.ButuhPerbaikan => _butuhPerbaikan,
        PredikatKinerja.Baik => _baik,
        _ => _sangatBaik,
    };

    /// <summary>Whether two count sets are equal.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(JumlahPredikat left, JumlahPredikat right) => left.Equals(right);

    /// <summary>Whether two count sets differ.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(JumlahPredikat left, JumlahPredikat right) => !left.Equals(right);

    /// <summary>Counts the predicates of a unit's employees.</summary>
    /// <param name="predikat">The employees' predicates.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predikat"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A predicate is undefined.</exception>
    /// <exception cref="ArgumentException">There are more than <see cref="int.MaxValue"/> (2,147,483,647) predicates.</exception>
    public static JumlahPredikat From(IEnumerable<PredikatKinerja> predikat)
    {
        Span<long> counts = stackalloc long[5];
        long total = 0;
        foreach (var p in Preconditions.CheckNotNull(predikat))
        {
            counts[(int)Preconditions.CheckDefined(p, nameof(predikat)) - 1]++;
            CheckTotal(++total);
        }

        return new JumlahPredikat((int)counts[0], (int)counts[1], (int)counts[2], (int)counts[3], (int)counts[4]);
    }

    /// <summary>Counts from five values in predicate order, worst first.</summary>
    /// <param name="counts">Five counts: Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The span does not hold five values, or they add up to more than <see cref="int.MaxValue"/>.</exception>
    public static JumlahPredikat FromSpan(ReadOnlySpan<int> counts)
    {
        Preconditions.CheckArgument(counts.Length == 5, nameof(counts), "Exactly five counts are needed, worst predicate first.");
        return new JumlahPredikat(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /// <summary>The sum of two count sets (for pooling units).</summary>
    /// <param name="other">The other counts.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The sum would hold more than <see cref="int.MaxValue"/> (2,147,483,647) employees.</exception>
    public JumlahPredikat Add(JumlahPredikat other)
    {
        // Each count is at most the total, so checking the total first keeps every addition below int.MaxValue.
        CheckTotal((long)Total + other.Total);
        return new(
            _sangatKurang + other._sangatKurang, _kurang + other._kurang, _butuhPerbaikan + other._butuhPerbaikan, _baik + other._baik, _sangatBaik + other._sangatBaik);
    }

    /// <summary>The counts with one employee more (or fewer, with a negative delta) in a predicate.</summary>
    /// <param name="predikat">The predicate.</param>
    /// <param name="delta">The change.</param>
    /// <returns>The new counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined, or a count would become negative.</exception>
    /// <exception cref="ArgumentException">The counts would add up to more than <see cref="int.MaxValue"/> (2,147,483,647) employees.</exception>
    public JumlahPredikat With(PredikatKinerja predikat, int delta)
    {
        Span<int> c = stackalloc int[] { _sangatKurang, _kurang, _butuhPerbaikan, _baik, _sangatBaik };
        var i = (int)Preconditions.CheckDefined(predikat) - 1;
        var changed = (long)c[i] + delta;
        if (changed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, string.Format(CultureInfo.InvariantCulture, "The change would make the count of {0} negative ({1}).", predikat, changed));
        }

        CheckTotal((long)Total + delta);
        c[i] = (int)changed;
        return FromSpan(c);
    }

    /// <summary>The share of a predicate, in percent (exact decimal; 0 for an empty unit).</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
    public decimal Persentase(PredikatKinerja predikat) => Total == 0 ? 0m : this[predikat] * 100m / Total;

    private static int CheckTotal(long total) => total <= int.MaxValue
        ? (int)total
        : throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The counts would add up to {0} employees; a JumlahPredikat holds at most {1} (int.MaxValue).", total, int.MaxValue));

    /// <inheritdoc />
    public bool Equals(JumlahPredikat other) =>
        _sangatKurang == other._sangatKurang && _kurang == other._kurang && _butuhPerbaikan == other._butuhPerbaikan && _baik == other._baik && _sangatBaik == other._sangatBaik;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JumlahPredikat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_sangatKurang, _kurang, _butuhPerbaikan, _baik, _sangatBaik);

    /// <summary><c>SK=0 K=1 BP=2 B=10 SB=3</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "SK={0} K={1} BP={2} B={3} SB={4}", _sangatKurang, _kurang, _butuhPerbaikan, _baik, _sangatBaik);
}
