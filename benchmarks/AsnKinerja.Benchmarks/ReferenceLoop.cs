using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using AsnKinerja.Predicates;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// The best hand-written C# for one fixed job, to show how close the general engine comes: the quadrant of PermenPANRB
/// 6/2022, the default leader-rule mapping and the default policies (heads count in the parent unit, strict rounding, no
/// pooling) are written into the code; no validation, no decided predicates, no per-employee output; AVX-512 with the
/// loop chosen by the caller for the layout it knows. It counts every unit, applies the heads and judges every unit,
/// and returns the number of units that fail (as the engine's benchmarks do). Not general and not checked: a benchmark
/// yardstick, not library code.
/// </summary>
public static unsafe class ReferenceLoop
{
    // Class (predicate − 1: SK 0, K 1, BP 2, B 3, SB 4) by hasil * 4 + perilaku.
    private static readonly byte[] Quadrant = { 0, 0, 0, 0, 0, 0, 2, 2, 0, 1, 3, 3, 0, 1, 3, 4 };

    // A head's rating is Di Atas for Istimewa, Sesuai for Baik, Di Bawah otherwise; the class by org * 4 + perilaku.
    private static readonly byte[] Leader = { 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 2, 0, 0, 2, 2, 0, 1, 3, 3, 0, 1, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0 };

    public static int Run(SyntheticCountry country, bool sorted)
    {
        var units = country.Units;
        var counts = new int[units * 5];
        var status = new byte[units];
        fixed (int* unit = country.Unit, count = counts, parent = country.Parent, head = country.Head)
        fixed (Ekspektasi* hasil = country.Hasil, perilaku = country.Perilaku)
        fixed (PredikatKinerjaOrganisasi* org = country.Org)
        {
            if (sorted)
            {
                CountRuns(unit, (byte*)hasil, (byte*)perilaku, country.Employees, count);
            }
            else
            {
                CountScattered(unit, (byte*)hasil, (byte*)perilaku, country.Employees, count);
            }

            for (var u = 0; u < units; u++)
            {
                var e = head[u];
                if (e >= 0)
                {
                    var p = (byte)perilaku[e];
                    count[(u * 5) + Quadrant[((byte)hasil[e] * 4) + p]]--;
                    count[((parent[u] >= 0 ? parent[u] : u) * 5) + Leader[((byte)org[u] * 4) + p]]++;
                }
            }

            var failing = 0;
            for (var u = 0; u < units; u++)
            {
                status[u] = Verdict((byte)org[u], count + (u * 5));
                failing += status[u] is 2 or 3 ? 1 : 0;
            }

            return failing;
        }
    }

    /// <summary>1 Memenuhi, 2 TidakMemenuhi, 3 TidakMungkin, 4 Kosong (as <see cref="StatusDistribusi"/>), the five patterns written out.</summary>
    private static byte Verdict(byte org, int* c)
    {
        int sk = c[0], k = c[1], bp = c[2], b = c[3], sb = c[4];
        var n = sk + k + bp + b + sb;
        if (n == 0)
        {
            return 4;
        }

        // Strict rounding: caps round down, floors round up.
        var sixty = ((60 * n) + 99) / 100;
        var ten = ((10 * n) + 99) / 100;
        return org switch
        {
            1 => sixty + ten > n ? (byte)3 : sk >= sixty && k + bp >= ten && sb == 0 ? (byte)1 : (byte)2,
            2 => sixty + ten > n ? (byte)3 : sb <= 10 * n / 100 && k >= sixty && bp >= ten ? (byte)1 : (byte)2,
            3 => sb <= 10 * n / 100 && bp >= sixty ? (byte)1 : (byte)2,
            4 => b <= 70 * n / 100 && bp + k >= 1 ? (byte)1 : (byte)2,
            _ => sb <= 70 * n / 100 ? (byte)1 : (byte)2,
        };
    }

    private static void CountRuns(int* unit, byte* hasil, byte* perilaku, int employees, int* count)
    {
        var i = 0;
        if (Avx512BW.IsSupported && employees >= 64)
        {
            var lane = Vector128.Create(Quadrant);
            var table = Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane));
            var current = unit[0];
            int a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0;
            for (; i + 64 <= employees; i += 64)
            {
                var cls = Avx512BW.Shuffle(table, (Vector512.Load(hasil + i) << 2) | Vector512.Load(perilaku + i));
                var m0 = Vector512.Equals(cls, Vector512<byte>.Zero).ExtractMostSignificantBits();
                var m1 = Vector512.Equals(cls, Vector512.Create((byte)1)).ExtractMostSignificantBits();
                var m2 = Vector512.Equals(cls, Vector512.Create((byte)2)).ExtractMostSignificantBits();
                var m3 = Vector512.Equals(cls, Vector512.Create((byte)3)).ExtractMostSignificantBits();
                var m4 = Vector512.Equals(cls, Vector512.Create((byte)4)).ExtractMostSignificantBits();
                var u = unit + i;
                var changes = 0UL;
                if (i == 0)
                {
                    for (var j = 1; j < 64; j++)
                    {
                        changes |= u[j] != u[j - 1] ? 1UL << j : 0;
                    }
                }
                else
                {
                    changes = ~(Vector512.Equals(Vector512.Load(u), Vector512.Load(u - 1)).ExtractMostSignificantBits()
                        | (Vector512.Equals(Vector512.Load(u + 16), Vector512.Load(u + 15)).ExtractMostSignificantBits() << 16)
                        | (Vector512.Equals(Vector512.Load(u + 32), Vector512.Load(u + 31)).ExtractMostSignificantBits() << 32)
                        | (Vector512.Equals(Vector512.Load(u + 48), Vector512.Load(u + 47)).ExtractMostSignificantBits() << 48));
                }

                var counted = 0UL;
                while (changes != 0)
                {
                    var j = BitOperations.TrailingZeroCount(changes);
                    var part = ((1UL << j) - 1) & ~counted;
                    var at = count + (current * 5);
                    at[0] += a0 + BitOperations.PopCount(m0 & part);
                    at[1] += a1 + BitOperations.PopCount(m1 & part);
                    at[2] += a2 + BitOperations.PopCount(m2 & part);
                    at[3] += a3 + BitOperations.PopCount(m3 & part);
                    at[4] += a4 + BitOperations.PopCount(m4 & part);
                    a0 = a1 = a2 = a3 = a4 = 0;
                    counted |= part;
                    current = u[j];
                    changes &= changes - 1;
                }

                a0 += BitOperations.PopCount(m0 & ~counted);
                a1 += BitOperations.PopCount(m1 & ~counted);
                a2 += BitOperations.PopCount(m2 & ~counted);
                a3 += BitOperations.PopCount(m3 & ~counted);
                a4 += BitOperations.PopCount(m4 & ~counted);
            }

            var last = count + (current * 5);
            last[0] += a0;
            last[1] += a1;
            last[2] += a2;
            last[3] += a3;
            last[4] += a4;
        }

        for (; i < employees; i++)
        {
            count[(unit[i] * 5) + Quadrant[(hasil[i] * 4) + perilaku[i]]]++;
        }
    }

    private static void CountScattered(int* unit, byte* hasil, byte* perilaku, int employees, int* count)
    {
        var i = 0;
        if (Avx512BW.IsSupported)
        {
            var lane = Vector128.Create(Quadrant);
            var table = Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane));
            var offsets = stackalloc int[64];
            for (; i + 64 <= employees; i += 64)
            {
                var cls = Avx512BW.Shuffle(table, (Vector512.Load(hasil + i) << 2) | Vector512.Load(perilaku + i));
                var u = unit + i;
                for (var q = 0; q < 4; q++)
                {
                    var v = Vector512.Load(u + (16 * q));
                    var c = Avx512F.ConvertToVector512Int32(q switch { 0 => cls.GetLower().GetLower(), 1 => cls.GetLower().GetUpper(), 2 => cls.GetUpper().GetLower(), _ => cls.GetUpper().GetUpper() });
                    ((v << 2) + v + c).Store(offsets + (16 * q));
                }

                for (var j = 0; j < 64; j += 8)
                {
                    count[offsets[j]]++;
                    count[offsets[j + 1]]++;
                    count[offsets[j + 2]]++;
                    count[offsets[j + 3]]++;
                    count[offsets[j + 4]]++;
                    count[offsets[j + 5]]++;
                    count[offsets[j + 6]]++;
                    count[offsets[j + 7]]++;
                }
            }
        }

        for (; i < employees; i++)
        {
            count[(unit[i] * 5) + Quadrant[(hasil[i] * 4) + perilaku[i]]]++;
        }
    }
}
