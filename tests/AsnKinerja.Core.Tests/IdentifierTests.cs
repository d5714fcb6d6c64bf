using NodaTime;
using static AsnKinerja.Core.Tests.SkpSamples;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// Identifiers are well-formed UTF-16: a lone surrogate cannot be written as UTF-8 (a writer puts U+FFFD in its place),
/// so an identifier holding one would come back as another identifier. Every type that validates an identifier
/// refuses it with an ArgumentException that names the parameter and the position; surrogate pairs are ordinary text.
/// </summary>
public sealed class IdentifierTests
{
    private const string LoneHigh = "SKP-\uD83D";
    private const string LoneLow = "\uDE00-1";
    private const string Reversed = "A\uDE00\uD83DB";
    private const string Emoji = "RHK-\uD83D\uDE00";

    public static TheoryData<string, Action<string>> Constructors => new()
    {
        { "id", id => _ = new SkpBuilder(id, Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024)) },
        { "unitId", id => _ = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), id, PeriodeKinerja.Tahunan(2024)) },
        { "id", id => _ = new RencanaHasilKerja(id, "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I1") }) },
        { "rhkAtasanId", id => _ = new RencanaHasilKerja("R1", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I1") }, rhkAtasanId: id) },
        { "sumberKinerjaOrganisasi", id => _ = new RencanaHasilKerja("R1", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I1") }, sumberKinerjaOrganisasi: id) },
        { "penugasanDari", id => _ = new RencanaHasilKerja("R1", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I1") }, penugasanDari: id) },
        { "id", id => _ = new IndikatorKinerjaIndividu(id, "Indikator", TargetIki.Kuantitatif(1m, "dokumen")) },
        { "id", id => _ = new UnitKerja(id, "Unit", null) },
        { "parentId", id => _ = new UnitKerja("U1", "Unit", id) },
        { "unitId", id => _ = new PenempatanPegawai(Pegawai, id, false) },
        { "unitId", id => _ = new RiwayatPenempatan(Pegawai, id, new LocalDate(2024, 1, 1)) },
    };

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Constructor_IdentifierWithLoneSurrogate_ThrowsArgumentExceptionNamingTheParameter(string parameter, Action<string> create)
    {
        foreach (var id in new[] { LoneHigh, LoneLow, Reversed })
        {
            var e = Assert.Throws<ArgumentException>(() => create(id));
            Assert.Equal(parameter, e.ParamName);
            Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Constructor_IdentifierWithSurrogatePair_IsAccepted(string parameter, Action<string> create)
    {
        var error = Record.Exception(() => create(Emoji));

        Assert.True(error is null, parameter + ": " + error?.Message);
    }

    [Fact]
    public void SkpBuilder_IdWithLoneSurrogate_MessageGivesTheCodeUnitAndIndex()
    {
        // A loop, not theory data: xunit's own serialisation of test cases would turn a lone surrogate into U+FFFD.
        foreach (var (id, at) in new[] { (LoneHigh, 4), (LoneLow, 0), (Reversed, 1) })
        {
            var e = Assert.Throws<ArgumentException>(() => new SkpBuilder(id, Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024)));

            Assert.StartsWith($"Value must be well-formed UTF-16: it holds a lone surrogate (U+{(int)id[at]:X4}) at index {at}.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Skp_IdentifiersWithSurrogatePairs_AreKeptExactly()
    {
        var skp = new SkpBuilder("SKP-\uD835\uDD4A", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-\uD83C\uDFDB", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 15))
            .AddHasilKerja(RhkJa(Emoji))
            .Build();

        Assert.Equal("SKP-\uD835\uDD4A", skp.Id);
        Assert.Equal("UNIT-\uD83C\uDFDB", skp.UnitId);
        Assert.Equal(Emoji, Assert.Single(skp.HasilKerja).Id);
    }
}
