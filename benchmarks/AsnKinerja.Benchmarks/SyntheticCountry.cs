using System.Globalization;
using System.Text;
using AsnKinerja.Predicates;

namespace AsnKinerja.Benchmarks;

/// <summary>How the employees of a synthetic country are ordered.</summary>
public enum Layout
{
    /// <summary>Grouped by unit in unit order, as a personnel system usually exports them.</summary>
    Sorted = 1,

    /// <summary>The same employees in a random order (heads follow their employees).</summary>
    Shuffled = 2,
}

/// <summary>
/// A seeded synthetic country for the bulk benchmarks (see <c>benchmarks/results/README.md</c> for what it looks like):
/// a forest of units — 1% roots (ministries, provinces, regencies), every other unit at depth 1 to 9 under a unit one
/// level up — whose sizes follow a log-normal law (median about a third of the mean, about a fifth of the units under
/// 10 people, the largest well under 1% of the country), 1% of the units empty, 95% of the others with a recorded head;
/// organisation predicates mostly Baik or Istimewa; ratings close to the national picture (about 88% Baik, 11% Sangat
/// Baik, under 1% lower). The same arguments always give the same country.
/// </summary>
public sealed class SyntheticCountry
{
    // Depths 1..9 below the roots, in proportion: few top-level units, most between levels 3 and 6.
    private static readonly int[] DepthWeights = { 4, 10, 18, 22, 20, 13, 8, 4, 1 };

    private SyntheticCountry(int[] parent, PredikatKinerjaOrganisasi[] org, int[] head, int[] unit, Ekspektasi[] hasil, Ekspektasi[] perilaku, Layout layout)
    {
        Parent = parent;
        Org = org;
        Head = head;
        Unit = unit;
        Hasil = hasil;
        Perilaku = perilaku;
        Layout = layout;
    }

    public int[] Parent { get; }

    public PredikatKinerjaOrganisasi[] Org { get; }

    public int[] Head { get; }

    public int[] Unit { get; }

    public Ekspektasi[] Hasil { get; }

    public Ekspektasi[] Perilaku { get; }

    public Layout Layout { get; }

    public int Employees => Unit.Length;

    public int Units => Parent.Length;

    public static SyntheticCountry Generate(int employees, int units, int seed, Layout layout = Layout.Sorted)
    {
        var random = new Random(seed);
        var parent = Tree(units, random);

        var org = new PredikatKinerjaOrganisasi[units];
        for (var u = 0; u < units; u++)
        {
            var x = random.NextDouble();
            org[u] = x < 0.70 ? PredikatKinerjaOrganisasi.Baik : x < 0.95 ? PredikatKinerjaOrganisasi.Istimewa : x < 0.98 ? PredikatKinerjaOrganisasi.ButuhPerbaikan : x < 0.995 ? PredikatKinerjaOrganisasi.Kurang : PredikatKinerjaOrganisasi.SangatKurang;
        }

        var size = Sizes(employees, units, random);

        // Employees grouped by unit in unit order; a unit's head is its first employee.
        var unit = new int[employees];
        var head = new int[units];
        for (int u = 0, i = 0; u < units; u++)
        {
            head[u] = size[u] > 0 && random.NextDouble() < 0.95 ? i : -1;
            for (var k = 0; k < size[u]; k++)
            {
                unit[i++] = u;
            }
        }

        var hasil = new Ekspektasi[employees];
        var perilaku = new Ekspektasi[employees];
        for (var i = 0; i < employees; i++)
        {
            var x = random.NextDouble();
            (hasil[i], perilaku[i]) = x switch
            {
                < 0.110 => (Ekspektasi.DiAtas, Ekspektasi.DiAtas),
                < 0.700 => (Ekspektasi.Sesuai, Ekspektasi.Sesuai),
                < 0.850 => (Ekspektasi.DiAtas, Ekspektasi.Sesuai),
                < 0.990 => (Ekspektasi.Sesuai, Ekspektasi.DiAtas),
                < 0.994 => (Ekspektasi.DiBawah, Ekspektasi.Sesuai),
                < 0.997 => (Ekspektasi.Sesuai, Ekspektasi.DiBawah),
                < 0.999 => (Ekspektasi.DiBawah, Ekspektasi.DiAtas),
                _ => (Ekspektasi.DiBawah, Ekspektasi.DiBawah),
            };
        }

        var country = new SyntheticCountry(parent, org, head, unit, hasil, perilaku, Layout.Sorted);
        return layout == Layout.Shuffled ? country.Shuffle(seed + 1) : country;
    }

    public BulkInput ToInput() => new(Unit, Hasil, Perilaku, Parent, Org, Head);

    /// <summary>One object per employee, as an integrator's ORM hands them over.</summary>
    public List<PegawaiRecord> ToRecords()
    {
        var isHead = new bool[Unit.Length];
        foreach (var h in Head)
        {
            if (h >= 0)
            {
                isHead[h] = true;
            }
        }

        var records = new List<PegawaiRecord>(Unit.Length);
        for (var i = 0; i < Unit.Length; i++)
        {
            records.Add(new PegawaiRecord { UnitId = "U" + Unit[i], Unit = Unit[i], IsKepala = isHead[i], RatingHasilKerja = Hasil[i], RatingPerilakuKerja = Perilaku[i] });
        }

        return records;
    }

    /// <summary>What the country looks like: the figures quoted in <c>benchmarks/results/README.md</c>.</summary>
    public string Describe()
    {
        var size = new int[Units];
        foreach (var u in Unit)
        {
            size[u]++;
        }

        var depth = new int[Units];
        var maxDepth = 0;
        for (var u = 0; u < Units; u++)
        {
            depth[u] = Parent[u] < 0 ? 0 : depth[Parent[u]] + 1;
            maxDepth = Math.Max(maxDepth, depth[u]);
        }

        var nonEmpty = size.Where(s => s > 0).OrderBy(s => s).ToArray();
        var byDepth = Enumerable.Range(0, maxDepth + 1).Select(d => depth.Count(x => x == d)).ToArray();
        var predicates = new int[6];
        var kuadran = BulkBenchmark.Kuadran;
        for (var i = 0; i < Employees; i++)
        {
            predicates[(int)kuadran.GetPredikat(Hasil[i], Perilaku[i])]++;
        }

        string Pct(double x) => (100 * x).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"employees {Employees:N0}, units {Units:N0} ({Pct(Parent.Count(p => p < 0) / (double)Units)} roots), layout {Layout}");
        text.AppendLine(CultureInfo.InvariantCulture, $"depth: max {maxDepth}; units per depth {string.Join(" / ", byDepth)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"unit size (non-empty): min {nonEmpty[0]}, median {nonEmpty[nonEmpty.Length / 2]}, p90 {nonEmpty[nonEmpty.Length * 9 / 10]}, p99 {nonEmpty[nonEmpty.Length * 99 / 100]}, max {nonEmpty[^1]:N0} ({Pct(nonEmpty[^1] / (double)Employees)} of the country)");
        text.AppendLine(CultureInfo.InvariantCulture, $"units: empty {Pct(size.Count(s => s == 0) / (double)Units)}, under 5 people {Pct(size.Count(s => s is > 0 and < 5) / (double)Units)}, under 10 {Pct(size.Count(s => s is > 0 and < 10) / (double)Units)}; employees in units under 10: {Pct(size.Where(s => s < 10).Sum() / (double)Employees)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"heads recorded: {Pct(Head.Count(h => h >= 0) / (double)Units)} of units");
        text.AppendLine(CultureInfo.InvariantCulture, $"predicates: SB {Pct(predicates[5] / (double)Employees)}, B {Pct(predicates[4] / (double)Employees)}, BP {Pct(predicates[3] / (double)Employees)}, K {Pct(predicates[2] / (double)Employees)}, SK {Pct(predicates[1] / (double)Employees)}");
        var runs = Employees == 0 ? 0 : 1;
        for (var i = 1; i < Employees; i++)
        {
            runs += Unit[i] != Unit[i - 1] ? 1 : 0;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"runs of one unit: {runs:N0} (mean {Employees / (double)Math.Max(1, runs):0.0} employees)");
        return text.ToString();
    }

    /// <summary>The same employees in a random order; each head follows its employee.</summary>
    private SyntheticCountry Shuffle(int seed)
    {
        var random = new Random(seed);
        var order = new int[Employees];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        var position = new int[order.Length];
        var unit = new int[order.Length];
        var hasil = new Ekspektasi[order.Length];
        var perilaku = new Ekspektasi[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            position[order[k]] = k;
            unit[k] = Unit[order[k]];
            hasil[k] = Hasil[order[k]];
            perilaku[k] = Perilaku[order[k]];
        }

        var head = Head.Select(h => h < 0 ? -1 : position[h]).ToArray();
        return new SyntheticCountry(Parent, Org, head, unit, hasil, perilaku, Layout.Shuffled);
    }

    /// <summary>A forest: 1% roots; every other unit gets a depth 1..9 (by <see cref="DepthWeights"/>) and a parent drawn among the earlier units one level up.</summary>
    private static int[] Tree(int units, Random random)
    {
        var roots = Math.Max(1, units / 100);
        var parent = new int[units];
        var atDepth = new List<int>[DepthWeights.Length + 1];
        for (var d = 0; d < atDepth.Length; d++)
        {
            atDepth[d] = new List<int>();
        }

        var total = DepthWeights.Sum();
        for (var u = 0; u < units; u++)
        {
            if (u < roots)
            {
                parent[u] = -1;
                atDepth[0].Add(u);
                continue;
            }

            var pick = random.Next(total);
            var depth = 1;
            while (pick >= DepthWeights[depth - 1])
            {
                pick -= DepthWeights[depth - 1];
                depth++;
            }

            // The first units of a level need a parent one level up: go up until a level has one.
            while (atDepth[depth - 1].Count == 0)
            {
                depth--;
            }

            var candidates = atDepth[depth - 1];
            parent[u] = candidates[random.Next(candidates.Count)];
            atDepth[depth].Add(u);
        }

        return parent;
    }

    /// <summary>Log-normal unit sizes (σ = 1.5) scaled to the number of employees; 1% of the units are empty.</summary>
    private static int[] Sizes(int employees, int units, Random random)
    {
        var weight = new double[units];
        double total = 0;
        for (var u = 0; u < units; u++)
        {
            if (random.NextDouble() < 0.01)
            {
                continue;
            }

            // Box–Muller: a standard normal from two uniforms.
            var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            weight[u] = Math.Exp(1.5 * z);
            total += weight[u];
        }

        var size = new int[units];
        var assigned = 0;
        for (var u = 0; u < units; u++)
        {
            size[u] = (int)(weight[u] / total * employees);
            assigned += size[u];
        }

        while (assigned < employees)
        {
            var u = random.Next(units);
            if (weight[u] > 0)
            {
                size[u]++;
                assigned++;
            }
        }

        return size;
    }
}

/// <summary>The naive integrator's employee object.</summary>
public sealed class PegawaiRecord
{
    public string UnitId { get; set; } = string.Empty;

    public int Unit { get; set; }

    public bool IsKepala { get; set; }

    public Ekspektasi RatingHasilKerja { get; set; }

    public Ekspektasi RatingPerilakuKerja { get; set; }

    public PredikatKinerja Predikat { get; set; }

    public string CountedInUnitId { get; set; } = string.Empty;
}
