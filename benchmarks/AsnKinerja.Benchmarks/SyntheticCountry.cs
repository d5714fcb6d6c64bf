using AsnKinerja.Predicates;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// A seeded synthetic country for the bulk benchmarks: a tree of units (ministries and regions down to sections) with a
/// skewed size distribution — many units under 10 people, a few over 1,000 — and a predicate mix close to the national
/// picture (about 88% Baik, 11% Sangat Baik, well under 1% lower). The same seed always gives the same country.
/// </summary>
public sealed class SyntheticCountry
{
    private SyntheticCountry(int[] parent, PredikatKinerjaOrganisasi[] org, int[] head, int[] unit, Ekspektasi[] hasil, Ekspektasi[] perilaku)
    {
        Parent = parent;
        Org = org;
        Head = head;
        Unit = unit;
        Hasil = hasil;
        Perilaku = perilaku;
    }

    public int[] Parent { get; }

    public PredikatKinerjaOrganisasi[] Org { get; }

    public int[] Head { get; }

    public int[] Unit { get; }

    public Ekspektasi[] Hasil { get; }

    public Ekspektasi[] Perilaku { get; }

    public static SyntheticCountry Generate(int employees, int units, int seed)
    {
        var random = new Random(seed);

        // Tree: 1% roots (ministries, provinces, regencies); every other unit hangs under an earlier one, biased to recent
        // ones so depth grows to 6–10 levels.
        var parent = new int[units];
        for (var u = 0; u < units; u++)
        {
            parent[u] = u < Math.Max(1, units / 100) ? -1 : Math.Max(0, u - 1 - (int)(random.NextDouble() * random.NextDouble() * u));
        }

        // Organisation predicates: mostly Baik, some Istimewa, few lower.
        var org = new PredikatKinerjaOrganisasi[units];
        for (var u = 0; u < units; u++)
        {
            var x = random.NextDouble();
            org[u] = x < 0.70 ? PredikatKinerjaOrganisasi.Baik : x < 0.95 ? PredikatKinerjaOrganisasi.Istimewa : x < 0.98 ? PredikatKinerjaOrganisasi.ButuhPerbaikan : x < 0.995 ? PredikatKinerjaOrganisasi.Kurang : PredikatKinerjaOrganisasi.SangatKurang;
        }

        // Unit sizes: a heavy-tailed (Pareto-like) weight per unit; employees are dealt out in proportion.
        var weight = new double[units];
        double total = 0;
        for (var u = 0; u < units; u++)
        {
            weight[u] = Math.Pow(1 - random.NextDouble(), -1.0 / 1.1);
            total += weight[u];
        }

        var size = new int[units];
        var assigned = 0;
        for (var u = 0; u < units; u++)
        {
            size[u] = (int)(weight[u] / total * employees);
            assigned += size[u];
        }

        for (var k = 0; assigned < employees; k++, assigned++)
        {
            size[random.Next(units)]++;
        }

        // Employees sorted by unit, as an export from a personnel system usually is.
        var unit = new int[employees];
        var head = new int[units];
        for (int u = 0, i = 0; u < units; u++)
        {
            head[u] = size[u] > 0 ? i : -1;
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

        return new SyntheticCountry(parent, org, head, unit, hasil, perilaku);
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
