namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// An independent evaluator of the hard constraints of SE MenPANRB 3/2023 (regulations.md §6), written from the
/// reference table and not from the library's model. Counts are indexed 0..4 = SK, K, BP, B, SB.
/// </summary>
/// <remarks>
/// Ketat: a cap holds when the share does not exceed the percentage (100·count ≤ p·n), a floor when the share reaches
/// it (100·count ≥ p·n). Half-up: the percentage of the unit is rounded half up to a headcount, for caps and floors alike.
/// "Must exist" applies to a unit with employees (an empty unit has nobody to check).
/// </remarks>
internal static class PolaReferensi
{
    internal const int SK = 0, K = 1, BP = 2, B = 3, SB = 4;

    internal static bool MeetsHard(PredikatKinerjaOrganisasi organisasi, int[] c, Pembulatan pembulatan)
    {
        var n = c.Sum();
        bool AtMost(int count, int persen) => pembulatan == Pembulatan.Ketat ? 100 * count <= persen * n : count <= HalfUp(persen, n);
        bool AtLeast(int count, int persen) => pembulatan == Pembulatan.Ketat ? 100 * count >= persen * n : count >= HalfUp(persen, n);

        return organisasi switch
        {
            PredikatKinerjaOrganisasi.Istimewa => AtMost(c[SB], 70),
            PredikatKinerjaOrganisasi.Baik => AtMost(c[B], 70) && (n == 0 || c[BP] + c[K] >= 1),
            PredikatKinerjaOrganisasi.ButuhPerbaikan => AtMost(c[SB], 10) && AtLeast(c[BP], 60),
            PredikatKinerjaOrganisasi.Kurang => AtMost(c[SB], 10) && AtLeast(c[K], 60) && AtLeast(c[BP], 10),
            PredikatKinerjaOrganisasi.SangatKurang => AtLeast(c[SK], 60) && AtLeast(c[K] + c[BP], 10) && c[SB] == 0,
            _ => throw new ArgumentOutOfRangeException(nameof(organisasi)),
        };
    }

    /// <summary>p% of n rounded half up, computed in decimal.</summary>
    internal static int HalfUp(int persen, int n) => (int)Math.Round(persen / 100m * n, MidpointRounding.AwayFromZero);

    /// <summary>Every way to share n employees among the five predicates.</summary>
    internal static IEnumerable<int[]> Compositions(int n)
    {
        for (var sk = 0; sk <= n; sk++)
        {
            for (var k = 0; k <= n - sk; k++)
            {
                for (var bp = 0; bp <= n - sk - k; bp++)
                {
                    for (var b = 0; b <= n - sk - k - bp; b++)
                    {
                        yield return new[] { sk, k, bp, b, n - sk - k - bp - b };
                    }
                }
            }
        }
    }

    internal static List<int[]> Feasible(PredikatKinerjaOrganisasi organisasi, int n, Pembulatan pembulatan) =>
        Compositions(n).Where(c => MeetsHard(organisasi, c, pembulatan)).ToList();

    /// <summary>The fewest employees who must change predicate: min over feasible targets of Σ max(0, c − t).</summary>
    internal static int? MinimumChanges(int[] counts, List<int[]> feasible)
    {
        int? best = null;
        foreach (var t in feasible)
        {
            var changes = 0;
            for (var p = 0; p < 5; p++)
            {
                changes += Math.Max(0, counts[p] - t[p]);
            }

            if (best is null || changes < best)
            {
                best = changes;
            }
        }

        return best;
    }

    internal static JumlahPredikat ToJumlah(int[] c) => new(c[SK], c[K], c[BP], c[B], c[SB]);

    internal static int[] ToArray(JumlahPredikat j) => Enumerable.Range(1, 5).Select(p => j[(PredikatKinerja)p]).ToArray();

    internal static readonly PredikatKinerjaOrganisasi[] Organisasi = Enumerable.Range(1, 5).Select(i => (PredikatKinerjaOrganisasi)i).ToArray();

    internal static readonly PredikatKinerja[] Predikat = Enumerable.Range(1, 5).Select(i => (PredikatKinerja)i).ToArray();

    internal static readonly Pembulatan[] Roundings = { Pembulatan.Ketat, Pembulatan.SetengahKeAtas };
}
