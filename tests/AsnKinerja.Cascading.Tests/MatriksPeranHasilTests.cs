using System.Globalization;
using AsnKinerja.Testing;
using static AsnKinerja.Cascading.Tests.TestData;

namespace AsnKinerja.Cascading.Tests;

public class MatriksPeranHasilTests
{
    /// <summary>
    /// Division head 2 with results R21..R24; subordinates 3, 5 (delivers nothing) and 7; team T1 (led by 2) with member
    /// 6 from another unit; and employee 8, who intervenes R21 without being a subordinate or team member.
    /// </summary>
    internal static CascadingGraph Division()
    {
        var skps = new List<Skp>
        {
            CleanOrganisation()[0],
            Skp("S2", 2, 1, Administrator, new[]
            {
                Rhk("R21", "R1"), Rhk("R22", "R2"), Rhk("R23", "R1"), Rhk("R24", "R1", JenisRhk.Tambahan, KlasifikasiRhk.Individu),
            }),
            Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32 }),
            Skp("S5", 5, 2, Pelaksana, new[] { Rhk("R51", penugasan: "Kepala Badan") }),
            Skp("S6", 6, 100, Pelaksana, new[] { Rhk("R61", "R22", penugasan: "Tim SPBE") }),
            Skp("S7", 7, 2, Pelaksana, new[] { Rhk("R71", "R21"), Rhk("R72", "R22") }),
            Skp("S8", 8, 100, Pelaksana, new[] { Rhk("R81", "R21") }),
        };
        var teams = new[] { new TimKerja("T1", "Tim SPBE", Nip(2), new[] { Nip(6) }) };
        return CascadingGraph.Create(skps, teams);
    }

    private static string Cell(MatriksPeranHasil mph, int row, int column) => string.Join(",", mph.GetPeran(row, column).Select(n => n.Id));

    [Fact]
    public void GetMatriksPeranHasil_Division_RowsColumnsAndCells()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2));

        Assert.Equal(new[] { "R21", "R22", "R23", "R24" }, mph.Baris.Select(n => n.Id));
        Assert.Equal(new[] { Nip(3).ToString(), Nip(5).ToString(), Nip(7).ToString(), Nip(8).ToString(), "Tim SPBE" }, mph.Kolom.Select(k => k.Label));
        Assert.Equal(new[] { true, true, true, false, false }, mph.Kolom.Select(k => k.IsBawahanLangsung));
        Assert.Equal(JenisKolomMph.TimKerja, mph.Kolom[4].Jenis);

        // Row R21: 3 by R31, 7 by R71, 8 by R81. Row R22: 3 by R32, 7 by R72, the team by R61.
        Assert.Equal(new[] { "R31", "", "R71", "R81", "" }, Enumerable.Range(0, 5).Select(c => Cell(mph, 0, c)));
        Assert.Equal(new[] { "R32", "", "R72", "", "R61" }, Enumerable.Range(0, 5).Select(c => Cell(mph, 1, c)));
        Assert.All(Enumerable.Range(0, 5), c => Assert.Empty(mph.GetPeran(2, c)));
    }

    [Fact]
    public void GetMatriksPeranHasil_Division_Gaps()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2));

        // R24 is personal: it is not a gap. Employee 5 delivers nothing.
        Assert.Equal(new[] { "R23" }, mph.BarisTanpaPelaksana.Select(n => n.Id));
        Assert.Equal(new[] { Nip(5) }, mph.KolomTanpaPeran.Select(k => k.Pegawai!.Value));
    }

    [Fact]
    public void GetMatriksPeranHasil_AgreesWithCas007()
    {
        var graph = Division();

        var cas007 = CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings.Where(f => f.Code == "CAS007" && f.GetValue("pimpinan") == Nip(2).ToString()).Select(f => f.Subject);

        Assert.Equal(graph.GetMatriksPeranHasil(Nip(2)).BarisTanpaPelaksana.Select(n => n.Id), cas007);
    }

    [Fact]
    public void ToText_Indonesian_FixedWidthTable()
    {
        var text = Division().GetMatriksPeranHasil(Nip(2), Tahun2024).ToText(Cultures.Get("id-ID"));

        var n5 = Nip(5).ToString();
        Assert.StartsWith("MATRIKS PERAN HASIL\nPimpinan  : " + Nip(2) + "\nPeriode   : Tahun 2024\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        Assert.Equal("| No | RHK Pimpinan        | " + Nip(3) + " | " + n5 + " | " + Nip(7) + " | " + Nip(8) + "* | Tim: Tim SPBE |", lines[4]);
        Assert.Equal("| 1  | R21 Hasil kerja R21 | R31                | -                  | R71                | R81                 | -             |", lines[6]);
        Assert.Equal("| 2  | R22 Hasil kerja R22 | R32                | -                  | R72                | -                   | R61           |", lines[7]);
        Assert.Equal("| 3  | R23 Hasil kerja R23 | -                  | -                  | -                  | -                   | -             |", lines[8]);
        Assert.Equal("RHK tanpa pelaksana     : R23", lines[11]);
        Assert.Equal("Pegawai/tim tanpa peran : " + n5, lines[12]);
        Assert.All(lines.Skip(3).Take(8), l => Assert.Equal(lines[3].Length, l.Length));
    }

    [Fact]
    public void ToText_English_EnglishHeadersSameCells()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2));

        var english = mph.ToText(Cultures.Get("en-GB")).Split('\n');
        var indonesian = mph.ToString().Split('\n');

        Assert.StartsWith("RESULTS AND ROLES MATRIX", english[0], StringComparison.Ordinal);
        Assert.Contains("Leader's result (RHK)", english[3], StringComparison.Ordinal);
        Assert.Contains("Team: Tim SPBE", english[3], StringComparison.Ordinal);
        Assert.Equal("Results nobody delivers  : R23", english[10]);
        Assert.Equal("Leader    : " + Nip(2), english[1]);
        Assert.Equal(indonesian[5].Replace(" ", "", StringComparison.Ordinal), english[5].Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ToText_UnderEveryCurrentCulture_SameText()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2));

        var texts = Cultures.UnderEach(() => mph.ToText(CultureInfo.InvariantCulture));

        Assert.All(texts, t => Assert.Equal(texts[0], t));
    }

    [Fact]
    public void GetMatriksPeranHasil_LeaderWithoutSkp_EmptyRowsAndSubordinatesWithNoRole()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2), PeriodeKinerja.Tahunan(2025));

        Assert.Empty(mph.Baris);
        Assert.Empty(mph.Kolom.Where(k => k.Jenis == JenisKolomMph.Pegawai));
        Assert.Contains("(tidak ada RHK pimpinan)", mph.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetPeran_OutOfRange_Throws()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2));

        Assert.Throws<ArgumentOutOfRangeException>(() => mph.GetPeran(4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => mph.GetPeran(0, -1));
    }

    /// <summary>A distinct, valid NIP for each of up to a million people.</summary>
    private static Nip ManyNip(int i) =>
        AsnKinerja.Nip.FromParts(new NodaTime.LocalDate(1960, 1, 1).PlusDays(i / 999), new NodaTime.YearMonth(2000, 1), JenisKelamin.LakiLaki, (i % 999) + 1);

    /// <summary>
    /// A leader (person 0) with one SKP of <paramref name="size"/> organisation RHK and <paramref name="size"/>
    /// subordinates; subordinate k delivers the leader's RHK k, so the matrix is size × size with size filled cells.
    /// </summary>
    private static CascadingGraph Square(int size)
    {
        var iki = new[] { Iki("I", 1m) };
        var pejabat = new PejabatPenilaiKinerja(ManyNip(size + 1), Administrator);
        var leader = new SkpBuilder("L", ManyNip(0), Administrator, "U", Tahun2024).WithPejabatPenilai(pejabat).WithStatus(StatusSkp.Disetujui, new NodaTime.LocalDate(2024, 1, 15));
        var skps = new List<Skp>(size + 1);
        for (var k = 0; k < size; k++)
        {
            var id = "L-" + k.ToString(CultureInfo.InvariantCulture);
            leader.AddHasilKerja(new RencanaHasilKerja(id, "Hasil " + id, JenisRhk.Utama, KlasifikasiRhk.Organisasi, iki, null, "PK-1"));
            skps.Add(new SkpBuilder("B" + k.ToString(CultureInfo.InvariantCulture), ManyNip(k + 1), Pelaksana, "U", Tahun2024)
                .WithPejabatPenilai(new PejabatPenilaiKinerja(ManyNip(0), Administrator))
                .WithStatus(StatusSkp.Disetujui, new NodaTime.LocalDate(2024, 1, 15))
                .AddHasilKerja(new RencanaHasilKerja("B-" + k.ToString(CultureInfo.InvariantCulture), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, iki, id))
                .Build());
        }

        skps.Add(leader.Build());
        return CascadingGraph.Create(skps);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(50_000)]
    public void GetMatriksPeranHasil_SquareOfSize_AllocatesInProportionToRowsColumnsAndFilledCells(int size)
    {
        var graph = Square(size);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var mph = graph.GetMatriksPeranHasil(ManyNip(0));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The dense grid needed 16 bytes per cell: 6.4 GB at 20,000 and 40 GB at 50,000. The sparse one stays within
        // a kilobyte per row and column (it measures about 0.3 KB).
        Assert.InRange(allocated, 0, 1_000L * (mph.Baris.Length + mph.Kolom.Length));
        Assert.Equal(size, mph.Baris.Length);
        Assert.Equal(size, mph.Kolom.Length);
        Assert.Empty(mph.BarisTanpaPelaksana);
        Assert.Empty(mph.KolomTanpaPeran);
        foreach (var k in new[] { 0, 1, size / 2, size - 1 })
        {
            Assert.Equal("B-" + k.ToString(CultureInfo.InvariantCulture), Assert.Single(mph.GetPeran(k, k)).Id);
            Assert.Empty(mph.GetPeran(k, (k + 1) % size));
            Assert.Equal(ManyNip(k + 1), mph.Kolom[k].Pegawai);
        }
    }

    [Fact]
    public void ToText_MatrixTooLargeForAString_ThrowsInvalidOperationExceptionBeforeBuildingIt()
    {
        var mph = Square(20_000).GetMatriksPeranHasil(ManyNip(0));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<InvalidOperationException>(() => mph.ToText(CultureInfo.InvariantCulture));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.StartsWith("The text of this matrix (20000 rows × 20000 columns) would be ", e.Message, StringComparison.Ordinal);
        Assert.Contains("read it through GetPeran", e.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 50_000_000);
    }

    [Fact]
    public void ToText_LongIdentifiersAndResults_SameTextAsTheDenseMatrix()
    {
        var longId = "R-" + new string('x', 45);
        var skps = new List<Skp>
        {
            Skp("S2", 2, 1, Administrator, new[]
            {
                Rhk("R21"),
                new RencanaHasilKerja(longId, "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I", 1m) }),
                new RencanaHasilKerja("R" + new string('9', 35), "Hasil kerja yang panjang sekali", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I", 1m) }),
                new RencanaHasilKerja("R" + new string('8', 36), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I", 1m) }),
                new RencanaHasilKerja("R23", new string('u', 100_000), JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I", 1m) }),
            }),
            Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), Rhk("R32", longId), Rhk("R" + new string('7', 60), "R21") }),
        };
        var graph = CascadingGraph.Create(skps);

        var sparse = graph.GetMatriksPeranHasil(Nip(2));
        var dense = DenseMatriksPeranHasil.Build(graph, Nip(2), null);

        Assert.Equal(dense.ToText(CultureInfo.InvariantCulture), sparse.ToText(CultureInfo.InvariantCulture));
        Assert.Equal(dense.ToText(Cultures.Get("en-GB")), sparse.ToText(Cultures.Get("en-GB")));
    }

    [Fact]
    public void ToText_Language_IsTheTextOfACultureOfThatLanguage()
    {
        var mph = Division().GetMatriksPeranHasil(Nip(2));

        Assert.Equal(mph.ToText(Cultures.Get("en-GB")), mph.ToText(Language.English));
        Assert.Equal(mph.ToString(), mph.ToText(Language.Indonesian));
        Assert.Equal(mph.ToText(Cultures.Get("id-ID")), mph.ToText(Language.Indonesian));
        Assert.Throws<ArgumentOutOfRangeException>(() => mph.ToText((Language)0));
        Assert.Throws<ArgumentNullException>(() => mph.ToText((CultureInfo)null!));
    }
}
