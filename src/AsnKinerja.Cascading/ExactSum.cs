using System.Globalization;
using System.Numerics;

namespace AsnKinerja.Cascading;

/// <summary>
/// A sum of decimals that cannot overflow. It adds in <see cref="decimal"/> while both the running total and the
/// addend are at most half of <see cref="decimal.MaxValue"/> (so no addition can overflow and every result is what
/// plain decimal arithmetic gives), and beyond that exactly, as a <see cref="BigInteger"/> count of 10^-28.
/// </summary>
/// <remarks><c>default</c> is zero. Immutable.</remarks>
internal readonly struct ExactSum
{
    // The largest value for which decimal addition of two such values cannot overflow (below decimal.MaxValue / 2).
    private const decimal Half = 39614081257132168796771975167m;

    // The largest target for which |target| × a tolerance of at most 100 (percent) cannot overflow.
    private const decimal Hundredth = 792281625142643375935439503m;

    private const int MaxScale = 28;

    private static readonly BigInteger Unit = BigInteger.Pow(10, MaxScale);

    private readonly decimal _value;
    private readonly BigInteger? _exact; // in units of 10^-28, once the sum left the safe decimal range
    private readonly int _scale;         // the largest scale added: the decimals the sum is shown with

    private ExactSum(decimal value, BigInteger? exact, int scale)
    {
        _value = value;
        _exact = exact;
        _scale = scale;
    }

    internal static ExactSum Of(decimal value) => default(ExactSum).Plus(value);

    internal ExactSum Plus(decimal addend)
    {
        var scale = Math.Max(_scale, ScaleOf(addend));
        return _exact is null && Math.Abs(_value) <= Half && Math.Abs(addend) <= Half
            ? new ExactSum(_value + addend, null, scale)
            : new ExactSum(0m, Scaled + ToScaled(addend), scale);
    }

    /// <summary>Whether <paramref name="jumlah"/> meets <paramref name="target"/> under a policy, exactly for any size.</summary>
    internal static bool IsSesuai(ExactSum target, ExactSum jumlah, KebijakanPenjumlahanTarget policy, decimal toleransiPersen)
    {
        if (target._exact is null && jumlah._exact is null
            && (policy != KebijakanPenjumlahanTarget.Toleransi || (Math.Abs(target._value) <= Hundredth && Math.Abs(jumlah._value) <= Half)))
        {
            // Plain decimal arithmetic, as for every realistic target: comparisons cannot overflow, and for the
            // tolerance |jumlah - target| ≤ 2 × Half and |target| × tolerance ≤ Hundredth × 100 both fit.
            return policy switch
            {
                KebijakanPenjumlahanTarget.Tepat => jumlah._value == target._value,
                KebijakanPenjumlahanTarget.PalingSedikit => jumlah._value >= target._value,
                _ => Math.Abs(jumlah._value - target._value) <= Math.Abs(target._value) * toleransiPersen / 100m,
            };
        }

        var t = target.Scaled;
        var j = jumlah.Scaled;
        return policy switch
        {
            KebijakanPenjumlahanTarget.Tepat => j == t,
            KebijakanPenjumlahanTarget.PalingSedikit => j >= t,

            // |j - t| ≤ |t| × tol / 100, both sides multiplied by 100 × 10^56.
            _ => BigInteger.Abs(j - t) * 100 * Unit <= BigInteger.Abs(t) * ToScaled(toleransiPersen),
        };
    }

    /// <summary>The sum formatted invariantly, with the decimals of the most precise addend (as <see cref="decimal"/> prints it).</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (_exact is not { } exact)
        {
            return _value.ToString(CultureInfo.InvariantCulture);
        }

        // Every addend has at most _scale decimals, so the division is exact.
        var mantissa = exact / BigInteger.Pow(10, MaxScale - _scale);
        var digits = BigInteger.Abs(mantissa).ToString(CultureInfo.InvariantCulture);
        if (_scale > 0)
        {
            digits = digits.PadLeft(_scale + 1, '0');
            digits = digits.Insert(digits.Length - _scale, ".");
        }

        return mantissa.Sign < 0 ? "-" + digits : digits;
    }

    private BigInteger Scaled => _exact ?? ToScaled(_value);

    private static int ScaleOf(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private static BigInteger ToScaled(decimal value)
    {
        var bits = decimal.GetBits(value);
        // The three 32-bit words of the 96-bit mantissa, read as unsigned (a reinterpretation, hence unchecked).
        var mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        var scaled = mantissa * BigInteger.Pow(10, MaxScale - ScaleOf(value));
        return bits[3] < 0 ? -scaled : scaled;
    }
}
