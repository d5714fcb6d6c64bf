using NodaTime;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>A random agency built from a seed: units, placements (a few moves), heads, statuses, ratings and, later, decisions.</summary>
internal sealed class AgensiAcak
{
    private static readonly PeriodeKinerja Tahun = PeriodeKinerja.Tahunan(2024);
    private static readonly Ekspektasi[] Ratings = { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };
    private static readonly Pejabat Ppk = Pejabat.Asn(N(5000), Jabatan.Struktural(JenisJabatan.Administrator));
    private static readonly Pejabat Atasan = Pejabat.Asn(N(5001), Jabatan.Struktural(JenisJabatan.JptPratama));

    private readonly Random _random;

    private AgensiAcak(int seed)
    {
        _random = new Random(seed);
        var units = _random.Next(1, 9);
        Parent = new int[units];
        Org = new PredikatKinerjaOrganisasi[units];
        for (var u = 0; u < units; u++)
        {
            Parent[u] = u == 0 || _random.NextDouble() < 0.15 ? -1 : _random.Next(0, u);
            Org[u] = (PredikatKinerjaOrganisasi)_random.Next(1, 6);
        }

        var employees = _random.Next(0, 41);
        var placements = new List<RiwayatPenempatan>();
        var status = new List<StatusPegawai>();
        var penilaian = new List<PenilaianPegawai>();
        var headOf = new Dictionary<int, int>();
        var noScores = new HashSet<int>();
        for (var e = 0; e < employees; e++)
        {
            var unit = _random.Next(0, units);
            if (_random.NextDouble() < 0.1 && units > 1)
            {
                // A move in July: the last unit counts by the default move policy.
                var first = (unit + 1 + _random.Next(0, units - 1)) % units;
                placements.Add(new RiwayatPenempatan(N(e), Id(first), Tahun.Awal, new LocalDate(2024, 6, 30)));
                placements.Add(new RiwayatPenempatan(N(e), Id(unit), new LocalDate(2024, 7, 1)));
            }
            else
            {
                var head = !headOf.ContainsKey(unit) && _random.NextDouble() < 0.5;
                if (head)
                {
                    headOf[unit] = e;
                }

                placements.Add(new RiwayatPenempatan(N(e), Id(unit), Tahun.Awal, null, head));
            }

            var s = _random.NextDouble();
            if (s < 0.08)
            {
                status.Add(new StatusPegawai(N(e), JenisStatusPegawai.TugasBelajar, new LocalDate(2023, 9, 1)));
            }
            else if (s < 0.12)
            {
                status.Add(new StatusPegawai(N(e), JenisStatusPegawai.CutiDiLuarTanggunganNegara, new LocalDate(2023, 9, 1)));
            }
            else if (s < 0.2)
            {
                status.Add(new StatusPegawai(N(e), JenisStatusPegawai.CutiDiLuarTanggunganNegara, new LocalDate(2024, 2, 1), new LocalDate(2024, 8, 31)));
            }

            decimal? skor = _random.NextDouble() < 0.05 ? null : _random.Next(0, 21);
            penilaian.Add(new PenilaianPegawai(N(e), Ratings[_random.Next(3)], Ratings[_random.Next(3)], skor, new PejabatPenilaiKinerja(Ppk), Atasan));
        }

        Input = new EvaluasiPeriodeInput(
            Tahun,
            Enumerable.Range(0, units).Select(u => new UnitKerja(Id(u), "Unit " + u, Parent[u] < 0 ? null : Id(Parent[u]))),
            placements,
            Enumerable.Range(0, units).ToDictionary(Id, u => Org[u]),
            penilaian,
            status);
    }

    internal int[] Parent { get; }

    internal PredikatKinerjaOrganisasi[] Org { get; }

    internal EvaluasiPeriodeInput Input { get; }

    internal static AgensiAcak Generate(int seed) => new(seed);

    internal static string Id(int unit) => "U" + unit;

    /// <summary>Some calibration proposals accepted, some own changes, some objections (decided or not).</summary>
    internal KeputusanPeriode Decisions(EvaluasiPeriodeResult hasil)
    {
        var builder = hasil.CreateKeputusan();
        var tanggal = new LocalDate(2025, 1, 20);
        foreach (var unit in hasil.Unit.Where(u => u.Kalibrasi is not null && _random.NextDouble() < 0.5))
        {
            builder.TerimaUsulan(unit.Kalibrasi!, tanggal);
        }

        foreach (var p in hasil.Pegawai.Where(p => p.IsDinilai))
        {
            var x = _random.NextDouble();
            if (x < 0.1)
            {
                var other = (PredikatKinerja)(((int)p.Terhitung!.Predikat + _random.Next(0, 4)) % 5 + 1);
                builder.Ubah(p.Nip, other, tanggal, "Pertimbangan PPK");
            }

            if (_random.NextDouble() < 0.1)
            {
                builder.AjukanKeberatan(p.Nip, new LocalDate(2025, 1, 21), new LocalDate(2025, 1, 21).PlusDays(_random.Next(0, 20)), "Keberatan");
                if (_random.NextDouble() < 0.6)
                {
                    builder.PutuskanKeberatan(p.Nip, (PredikatKinerja)_random.Next(1, 6), new LocalDate(2025, 2, 20), "Putusan atasan");
                }
            }
        }

        return builder.Build();
    }
}
