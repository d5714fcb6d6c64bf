using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace AsnKinerja.Predicates;

/// <summary>
/// Range checks over whole columns for <see cref="BulkInput"/>: one streaming pass per column that only says whether
/// every value is valid (vectorised where the hardware allows), so a valid column costs little more than reading it.
/// The caller looks for the first bad position only when a check fails.
/// </summary>
internal static class ColumnChecks
{
    /// <summary>Whether every value lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static bool InRange(ReadOnlySpan<int> values, int min, int max) => InRange(values, min, max, out _);

    /// <inheritdoc cref="InRange(ReadOnlySpan{int}, int, int, out bool, int)"/>
    internal static bool InRange(ReadOnlySpan<int> values, int min, int max, out bool nonDecreasing) => InRange(values, min, max, out nonDecreasing, 512);

    /// <inheritdoc cref="InRange(ReadOnlySpan{byte}, byte, byte, int)"/>
    internal static bool InRange(ReadOnlySpan<byte> values, byte min, byte max) => InRange(values, min, max, 512);

    /// <summary>Whether every value lies in [<paramref name="min"/>, <paramref name="max"/>]; also whether the column never decreases.</summary>
    /// <param name="values">The column.</param>
    /// <param name="min">The lowest valid value.</param>
    /// <param name="max">The highest valid value.</param>
    /// <param name="nonDecreasing">Whether no value is below the one before it.</param>
    /// <param name="maxBits">The widest vectors to use (512, 256, 128, or 0 for none): tests run every width.</param>
    internal static bool InRange(ReadOnlySpan<int> values, int min, int max, out bool nonDecreasing, int maxBits)
    {
        if (max < min)
        {
            nonDecreasing = true;
            return values.IsEmpty;
        }

        // (uint)(v - min) <= (uint)(max - min) is the range test on one comparison: values below min wrap to large numbers.
        var bias = unchecked((uint)min);
        var limit = unchecked((uint)(max - min));
        uint highest = 0;
        var descends = false;
        var i = 1;
        if (values.Length > 0)
        {
            highest = unchecked((uint)values[0] - bias);
        }

#if NET8_0_OR_GREATER
        ref var at = ref MemoryMarshal.GetReference(values);
        if (maxBits >= 512 && Vector512.IsHardwareAccelerated && values.Length >= 1 + Vector512<int>.Count)
        {
            var high = Vector512<uint>.Zero;
            var down = Vector512<int>.Zero;
            var b = Vector512.Create(bias);
            for (; i <= values.Length - Vector512<int>.Count; i += Vector512<int>.Count)
            {
                var v = Vector512.LoadUnsafe(ref at, (nuint)i);
                var previous = Vector512.LoadUnsafe(ref at, (nuint)(i - 1));
                high = Vector512.Max(high, v.AsUInt32() - b);
                down |= Vector512.GreaterThan(previous, v);
            }

            highest = Math.Max(highest, Max(high));
            descends = down != Vector512<int>.Zero;
        }
        else if (maxBits >= 256 && Vector256.IsHardwareAccelerated && values.Length >= 1 + Vector256<int>.Count)
        {
            var high = Vector256<uint>.Zero;
            var down = Vector256<int>.Zero;
            var b = Vector256.Create(bias);
            for (; i <= values.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                var v = Vector256.LoadUnsafe(ref at, (nuint)i);
                var previous = Vector256.LoadUnsafe(ref at, (nuint)(i - 1));
                high = Vector256.Max(high, v.AsUInt32() - b);
                down |= Vector256.GreaterThan(previous, v);
            }

            highest = Math.Max(highest, Max(high));
            descends = down != Vector256<int>.Zero;
        }
        else if (maxBits >= 128 && Vector128.IsHardwareAccelerated && values.Length >= 1 + Vector128<int>.Count)
        {
            var high = Vector128<uint>.Zero;
            var down = Vector128<int>.Zero;
            var b = Vector128.Create(bias);
            for (; i <= values.Length - Vector128<int>.Count; i += Vector128<int>.Count)
            {
                var v = Vector128.LoadUnsafe(ref at, (nuint)i);
                var previous = Vector128.LoadUnsafe(ref at, (nuint)(i - 1));
                high = Vector128.Max(high, v.AsUInt32() - b);
                down |= Vector128.GreaterThan(previous, v);
            }

            highest = Math.Max(highest, Max(high));
            descends = down != Vector128<int>.Zero;
        }
#endif

        for (; i < values.Length; i++)
        {
            highest = Math.Max(highest, unchecked((uint)values[i] - bias));
            descends |= values[i - 1] > values[i];
        }

        nonDecreasing = !descends;
        return highest <= limit;
    }

    /// <summary>Whether every byte lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="values">The column.</param>
    /// <param name="min">The lowest valid value.</param>
    /// <param name="max">The highest valid value.</param>
    /// <param name="maxBits">The widest vectors to use (512, 256, 128, or 0 for none): tests run every width.</param>
    internal static bool InRange(ReadOnlySpan<byte> values, byte min, byte max, int maxBits)
    {
        var limit = unchecked((byte)(max - min));
        byte highest = 0;
        var i = 0;
#if NET8_0_OR_GREATER
        ref var at = ref MemoryMarshal.GetReference(values);
        if (maxBits >= 512 && Vector512.IsHardwareAccelerated && values.Length >= Vector512<byte>.Count)
        {
            var high = Vector512<byte>.Zero;
            var b = Vector512.Create(min);
            for (; i <= values.Length - Vector512<byte>.Count; i += Vector512<byte>.Count)
            {
                high = Vector512.Max(high, Vector512.LoadUnsafe(ref at, (nuint)i) - b);
            }

            highest = Max(high);
        }
        else if (maxBits >= 256 && Vector256.IsHardwareAccelerated && values.Length >= Vector256<byte>.Count)
        {
            var high = Vector256<byte>.Zero;
            var b = Vector256.Create(min);
            for (; i <= values.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                high = Vector256.Max(high, Vector256.LoadUnsafe(ref at, (nuint)i) - b);
            }

            highest = Max(high);
        }
        else if (maxBits >= 128 && Vector128.IsHardwareAccelerated && values.Length >= Vector128<byte>.Count)
        {
            var high = Vector128<byte>.Zero;
            var b = Vector128.Create(min);
            for (; i <= values.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                high = Vector128.Max(high, Vector128.LoadUnsafe(ref at, (nuint)i) - b);
            }

            highest = Max(high);
        }
#endif

        for (; i < values.Length; i++)
        {
            highest = Math.Max(highest, unchecked((byte)(values[i] - min)));
        }

        return highest <= limit;
    }

#if NET8_0_OR_GREATER
    private static uint Max(Vector512<uint> v) => Max(Vector256.Max(v.GetLower(), v.GetUpper()));

    private static uint Max(Vector256<uint> v) => Max(Vector128.Max(v.GetLower(), v.GetUpper()));

    private static uint Max(Vector128<uint> v)
    {
        uint m = 0;
        for (var k = 0; k < Vector128<uint>.Count; k++)
        {
            m = Math.Max(m, v.GetElement(k));
        }

        return m;
    }

    private static byte Max(Vector512<byte> v) => Max(Vector256.Max(v.GetLower(), v.GetUpper()));

    private static byte Max(Vector256<byte> v) => Max(Vector128.Max(v.GetLower(), v.GetUpper()));

    private static byte Max(Vector128<byte> v)
    {
        byte m = 0;
        for (var k = 0; k < Vector128<byte>.Count; k++)
        {
            m = Math.Max(m, v.GetElement(k));
        }

        return m;
    }
#endif
}
