using System.Text.Json;
using System.Text.Json.Nodes;
using AsnKinerja.Predicates;
using AsnKinerja.Predicates.Tests;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>An evaluation period through the wire format: its parts round-trip, and a period read back replays to the same answer.</summary>
public sealed class PeriodeWireFormatTests
{
    private static Property Law<T>(Gen<T> gen, bool compareValues = true) => Prop.ForAll(gen.ToArbitrary(), v => Json.RoundTrips(v, compareValues));

    private static Gen<LocalDate?> MaybeDate => Gen.Elements(true, false).SelectMany(b => b ? Gens.Date.Select(d => (LocalDate?)d) : Gen.Constant((LocalDate?)null));

    [Property(MaxTest = 100)]
    public Property Records_RoundTrip() =>
        Law(from nip in Gens.Nip from unit in Gens.Id from awal in Gens.Date from hari in Gen.Choose(0, 400) from open in Gen.Elements(true, false) from kepala in Gen.Elements(true, false)
            select new RiwayatPenempatan(nip, unit, awal, open ? null : awal.PlusDays(hari), kepala))
        .And(Law(from nip in Gens.Nip from jenis in Gen.Choose(1, 5) from awal in Gens.Date from hari in Gen.Choose(0, 400)
                 select new StatusPegawai(nip, (JenisStatusPegawai)jenis, awal, awal.PlusDays(hari))))
        .And(Law(from nip in Gens.Nip from h in Gen.Choose(1, 3) from p in Gen.Choose(1, 3) from skor in Gens.MaybeValue(Gens.Decimal) from ppk in Gens.Maybe(Gens.Ppk) from atasan in Gens.Maybe(Gens.Pejabat)
                 select new PenilaianPegawai(nip, (Ekspektasi)h, (Ekspektasi)p, skor, ppk, atasan)))
        .And(Law(from perlakuan in Gen.Choose(1, 3).ArrayOf(5) from cakupan in Gen.Choose(1, 3) from mutasi in Gen.Choose(1, 2)
                 select new KebijakanStatusPegawai(Enumerable.Range(1, 5).ToDictionary(i => (JenisStatusPegawai)i, i => (PerlakuanStatusPegawai)perlakuan[i - 1]), (CakupanStatusPegawai)cakupan, (UnitPenghitunganMutasi)mutasi)))
        .And(Law(from kerja in Gen.Elements(true, false) from libur in Gens.Date.ArrayOf() select new KeberatanOptions(kerja ? PenghitunganHariKeberatan.HariKerja : PenghitunganHariKeberatan.HariKalender, libur), compareValues: false));

    [Property(MaxTest = 100)]
    public Property Decisions_RoundTrip() =>
        Law(from nip in Gens.Nip from p in Gen.Choose(1, 5) from oleh in Gens.Pejabat from tanggal in Gens.Date from alasan in Gens.Text from k in Gen.Elements(true, false)
            select new PenetapanPredikat(nip, (PredikatKinerja)p, oleh, tanggal, alasan, k))
        .And(Law(from nip in Gens.Nip from diterima in Gens.Date from hari in Gen.Choose(0, 30) from alasan in Gens.Text from decided in Gen.Elements(true, false)
                 from p in Gen.Choose(1, 5) from oleh in Gens.Pejabat from hariPutusan in Gen.Choose(0, 30)
                 select new CatatanKeberatan(nip, diterima, diterima.PlusDays(hari), alasan, decided ? new PutusanKeberatan((PredikatKinerja)p, oleh, diterima.PlusDays(hari + hariPutusan), alasan) : null)))
        .And(Law(from keputusan in Gens.Keputusan from nip in Gens.Nip from diterima in Gens.Date from hari in Gen.Choose(0, 30) from alasan in Gens.Text
                 from decided in Gen.Elements(true, false) from p in Gen.Choose(1, 5) from oleh in Gens.Pejabat
                 let keberatan = new Keberatan(nip, keputusan, diterima, diterima.PlusDays(hari), alasan)
                 select PredikatAkhir.Of(
                     nip,
                     keputusan,
                     !decided ? null : (PredikatKinerja)p == keputusan.Ditetapkan
                         ? KeputusanKeberatan.Kuatkan(keberatan, oleh, diterima.PlusDays(hari), alasan)
                         : KeputusanKeberatan.Ubah(keberatan, (PredikatKinerja)p, oleh, diterima.PlusDays(hari), alasan)),
                 compareValues: false));

    [Property(MaxTest = 60)]
    public Property Period_AnyAgency_RoundTripsAndReplaysToTheSameAnswer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var agency = AgensiAcak.Generate(seed);
            var hasil = EvaluasiPeriode.Evaluate(agency.Input, AturanUji.Kuadran, AturanUji.Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk))).Value;
            var akhir = hasil.Tetapkan(agency.Decisions(hasil));

            var json = Json.Write(akhir);
            var replayed = Json.Read<EvaluasiPeriodeResult>(json);

            return (Json.Write(replayed) == json).Label("canonical")
                .And(replayed.Pegawai.Select(p => (p.Nip, p.Terhitung?.Explanation, p.Akhir?.Predikat, p.Akhir?.Explain())).SequenceEqual(akhir.Pegawai.Select(p => (p.Nip, p.Terhitung?.Explanation, p.Akhir?.Predikat, p.Akhir?.Explain())))).Label("employees")
                .And(replayed.Unit.Select(u => (u.Verdict.Explanation, u.VerdictAkhir.Explanation)).SequenceEqual(akhir.Unit.Select(u => (u.Verdict.Explanation, u.VerdictAkhir.Explanation)))).Label("units")
                .And(replayed.Findings.SequenceEqual(akhir.Findings)).Label("findings");
        });

    [Fact]
    public void Period_DecidedOnADate_ReplaysUnderTheRulesInForceThen()
    {
        var input = DinasContoh.Input();
        var hasil = EvaluasiPeriode.Evaluate(input, AsnKinerjaJson.DefaultRegistry, new LocalDate(2025, 2, 15)).Value;
        var akhir = hasil.Tetapkan(hasil.CreateKeputusan().TerimaSemuaUsulan(new LocalDate(2025, 2, 20)).Build());

        var replayed = Json.Read<EvaluasiPeriodeResult>(Json.Write(akhir));

        Assert.Equal(new LocalDate(2025, 2, 15), replayed.TanggalPenetapan);
        Assert.Equal(RuleSetId.SeMenPanRb3Tahun2023, replayed.Distribusi.RuleSet.Id);
        Assert.Equal(akhir.Unit.Select(u => u.StatusAkhir), replayed.Unit.Select(u => u.StatusAkhir));
        Assert.Equal(2, replayed.Keputusan.Penetapan.Length);
    }

    [Fact]
    public void Period_UnknownRuleSet_IsRejectedAtItsPath()
    {
        var json = Json.Write(DinasContoh.Dinas().Value);
        var empty = AsnKinerjaJson.CreateOptions(registry: RuleSetRegistry.Empty);

        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<EvaluasiPeriodeResult>(json, empty));

        Assert.Equal("$.kuadran.ruleSet", e.Path);
    }

    [Fact]
    public void Period_StatedOutcomeChanged_IsRejectedAtThatEmployee()
    {
        var document = JsonNode.Parse(Json.Write(DinasContoh.Dinas().Value))!;
        var pegawai = document["pegawai"]!.AsArray();
        var index = pegawai.Select((p, i) => (p, i)).First(x => (string?)x.p!["predikatAkhir"] == "Sangat Baik").i;
        pegawai[index]!["predikatAkhir"] = "Baik";

        var e = Json.Fails<EvaluasiPeriodeResult>(document.ToJsonString());

        Assert.Equal("$.pegawai[" + index + "]", e.Path);
        Assert.Contains("disagrees with the recomputation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_CustomRuleSet_ReplaysWhenRegistered()
    {
        var hasil = EvaluasiPeriode.Evaluate(DinasContoh.Input(), AturanUji.Kuadran, PolaInstansi.Rules).Value;
        var options = AsnKinerjaJson.CreateOptions(registry: AsnKinerjaJson.DefaultRegistry.With(PolaInstansi.Rules));

        var replayed = JsonSerializer.Deserialize<EvaluasiPeriodeResult>(JsonSerializer.Serialize(hasil, options), options)!;

        Assert.Equal(PolaInstansi.RuleSet.Id, replayed.Distribusi.RuleSet.Id);
        Assert.Equal(hasil.Unit.Select(u => u.Status), replayed.Unit.Select(u => u.Status));
        Assert.Equal("$.distribusi.ruleSet", Json.Fails<EvaluasiPeriodeResult>(JsonSerializer.Serialize(hasil, options)).Path);
    }

    [Fact]
    public void PerEmployeeAndPerUnit_AreWrittenWithEverythingADocumentNeedsAndRefuseToBeRead()
    {
        var hasil = DinasContoh.Dinas().Value;
        var pegawai = JsonNode.Parse(Json.Write(hasil.Get(DinasContoh.KepalaBidangA.Nip!.Value)!))!;
        var unit = JsonNode.Parse(Json.Write(hasil.GetUnit("bidang-a")))!;

        Assert.Equal(DinasContoh.KepalaBidangA.Nip!.Value.ToString(), (string?)pegawai["nip"]);
        Assert.Equal("Kuadran.KepalaUnit", (string?)pegawai["terhitung"]!["explanation"]!["key"]);
        Assert.Equal("Sangat Baik", (string?)pegawai["akhir"]!["predikat"]);
        Assert.Equal("dinas", (string?)pegawai["unitDihitung"]);
        Assert.Equal("Tidak Memenuhi", (string?)unit["verdict"]!["status"]);
        Assert.Equal(2, unit["kalibrasi"]!["perubahan"]!.AsArray().Count);
        Assert.Contains("write-only", Json.Fails<EvaluasiPegawai>(pegawai.ToJsonString()).Message, StringComparison.Ordinal);
        Assert.Contains("write-only", Json.Fails<EvaluasiUnit>(unit.ToJsonString()).Message, StringComparison.Ordinal);
    }
}
