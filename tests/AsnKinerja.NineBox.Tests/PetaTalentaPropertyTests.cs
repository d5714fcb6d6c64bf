using System.Globalization;
using AsnKinerja.NineBox;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.NineBox.Tests;

public class PetaTalentaPropertyTests
{
    private static readonly Ekspektasi[] Kinerja = { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };
    private static readonly TingkatPotensial[] Potensial = { TingkatPotensial.Rendah, TingkatPotensial.Menengah, TingkatPotensial.Tinggi };
    private static readonly PredikatKinerja[] Predikat =
    {
        PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
    };

    private static readonly PenggabunganKinerja[] Penggabungan =
    {
        PenggabunganKinerja.TahunTerakhir, PenggabunganKinerja.TerendahDuaTahunTerakhir, PenggabunganKinerja.RataRataDuaTahunTerakhir,
    };

    private static Gen<KotakTalenta> KotakGen => Gen.Choose(1, 9).Select(KotakTalenta.FromNomor);

    private static Gen<DataTalentaPegawai> PegawaiGen(int maxNomorUrut) =>
        from nomor in Gen.Choose(1, maxNomorUrut)
        from years in Gen.Elements(Predikat).ArrayOf().Select(a => a.Take(4).ToArray())
        from skor in Gen.Choose(0, 1000)
        from useSkor in Gen.Elements(true, false)
        from tingkat in Gen.Elements(Potensial)
        select new DataTalentaPegawai(
            TestData.Nip(nomor),
            years.Select((p, i) => KinerjaTahunan.Ditetapkan(2024 - i, p)),
            useSkor ? NilaiPotensial.FromSkor(skor / 10m) : NilaiPotensial.FromTingkat(tingkat));

    [Fact]
    public void Numbering_TheNinePairs_AreNumberedOneToNine()
    {
        var numbers = Kinerja.SelectMany(k => Potensial.Select(p => KotakTalenta.Of(k, p).Nomor)).ToList();
        Assert.Equal(Enumerable.Range(1, 9), numbers.OrderBy(n => n));
    }

    [Property(MaxTest = 200)]
    public Property Numbering_IsABijectionBetweenTheNinePairsAndOneToNine()
    {
        return Prop.ForAll(
            Gen.Elements(Kinerja).SelectMany(k => Gen.Elements(Potensial).Select(p => (k, p))).ToArbitrary(),
            pair =>
            {
                var kotak = KotakTalenta.Of(pair.k, pair.p);
                var back = KotakTalenta.FromNomor(kotak.Nomor);
                return back.Kinerja == pair.k && back.Potensial == pair.p;
            });
    }

    [Property(MaxTest = 200)]
    public Property RaisingPerformanceOrPotential_NeverLeavesTheSuccessionPool()
    {
        return Prop.ForAll(
            (from kotak in KotakGen
             from dk in Gen.Choose(0, 2)
             from dp in Gen.Choose(0, 2)
             select (kotak, dk, dp)).ToArbitrary(),
            t =>
            {
                var k = Math.Min(3, (int)t.kotak.Kinerja + t.dk);
                var p = Math.Min(3, (int)t.kotak.Potensial + t.dp);
                var raised = KotakTalenta.Of((Ekspektasi)k, (TingkatPotensial)p);
                return !t.kotak.IsKelompokRencanaSuksesi || raised.IsKelompokRencanaSuksesi;
            });
    }

    [Property(MaxTest = 300)]
    public Property RaisingAPredicateOrTheScore_NeverLeavesTheSuccessionPool_UnderAnyCombinationPolicy()
    {
        return Prop.ForAll(
            (from policy in Gen.Elements(Penggabungan)
             from latest in Gen.Choose(0, 4)
             from previous in Gen.Choose(0, 4)
             from raise in Gen.Choose(0, 4)
             from raiseYear in Gen.Elements(0, 1)
             from skor in Gen.Choose(0, 100)
             from raiseSkor in Gen.Choose(0, 100)
             select (policy, latest, previous, raise, raiseYear, skor, raiseSkor)).ToArbitrary(),
            t =>
            {
                var options = new PetaTalentaOptions(penggabungan: t.policy);
                DataTalentaPegawai Data(int latest, int previous, int skor) => new(
                    TestData.Nip(1),
                    new[] { KinerjaTahunan.Ditetapkan(2024, Predikat[latest]), KinerjaTahunan.Ditetapkan(2023, Predikat[previous]) },
                    NilaiPotensial.FromSkor(skor));
                var before = PetaTalentaRules.PermenPanRb3Tahun2020.WithOptions(options).Evaluate(Data(t.latest, t.previous, t.skor), 2024).Value;
                var latest = t.raiseYear == 0 ? Math.Min(4, t.latest + t.raise) : t.latest;
                var previous = t.raiseYear == 1 ? Math.Min(4, t.previous + t.raise) : t.previous;
                var after = PetaTalentaRules.PermenPanRb3Tahun2020.WithOptions(options).Evaluate(Data(latest, previous, Math.Min(100, t.skor + t.raiseSkor)), 2024).Value;
                return !before.IsKelompokRencanaSuksesi || after.IsKelompokRencanaSuksesi;
            });
    }

    [Property(MaxTest = 200)]
    public Property GenericRowMajor_RoundTrips_BothWays() =>
        Prop.ForAll(KotakGen.ToArbitrary(), k => GenericRowMajorNumbering.FromGenericIndex(GenericRowMajorNumbering.ToGenericIndex(k)) == k).Label("kotak → index → kotak")
            .And(Prop.ForAll(Gen.Choose(1, 9).ToArbitrary(), i => GenericRowMajorNumbering.ToGenericIndex(GenericRowMajorNumbering.FromGenericIndex(i)) == i).Label("index → kotak → index"));

    [Property(MaxTest = 200)]
    public Property GenericRowMajor_FollowsTheFormula()
    {
        return Prop.ForAll(
            KotakGen.ToArbitrary(),
            k => GenericRowMajorNumbering.ToGenericIndex(k) == (((int)k.Kinerja - 1) * 3) + ((int)k.Potensial - 1) + 1);
    }

    [Property(MaxTest = 200)]
    public Property UnitCounts_AddUpToThePlacedEmployees_AndIgnoreInputOrder()
    {
        var gen =
            from list in PegawaiGen(40).ListOf()
            from keys in Gen.Choose(0, 1_000_000).ArrayOf(list.Count)
            select (list, keys);
        return Prop.ForAll(
            gen.ToArbitrary(),
            t =>
            {
                var peta = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(t.list, 2024);
                var shuffled = t.list.Zip(t.keys, (p, key) => (p, key)).OrderBy(x => x.key).Select(x => x.p).ToList();
                var again = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(shuffled, 2024);
                var reversed = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(Enumerable.Reverse(t.list).ToList(), 2024);

                var distinctErrors = peta.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Subject).Distinct().Count();
                var distinctNips = t.list.Select(p => p.Nip).Distinct().Count();
                return peta.JumlahPerKotak.Values.Sum() == peta.JumlahPegawai
                    && peta.JumlahPegawai == distinctNips - distinctErrors
                    && Same(peta, again) && Same(peta, reversed);
            });
    }

    [Fact]
    public void LabelsAndExplanations_DoNotDependOnCulture()
    {
        var pegawai = TestData.Pegawai(9, NilaiPotensial.FromSkor(72.5m), (2023, PredikatKinerja.SangatBaik), (2024, PredikatKinerja.SangatBaik));
        var id = Cultures.Get("id-ID");
        var en = Cultures.Get("en-US");

        var results = Cultures.UnderEach(() =>
        {
            var p = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024).Value;
            var parts = new List<string>
            {
                p.Explanation.ToString(id), p.Explanation.ToString(en), p.Kotak.ToString(), p.Kotak.ToDescription(id), p.Kotak.ToDescription(en),
                pegawai.ToString(), PetaTalentaOptions.Default.BatasSkorPolicy.ToString(),
                new PetaTalentaOptions(batasPotensialTinggi: 85.5m, batasPotensialMenengah: 60.25m).BatasSkorPolicy.ToString(),
            };
            parts.AddRange(KotakTalenta.All.SelectMany(k => k.Rekomendasi.Select(r => r.Uraian.Get(id) + r.Uraian.Get(en))));
            parts.AddRange(PetaTalentaFindings.All.Select(d => d.Message.Indonesian));
            return string.Join("\n", parts);
        });

        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Contains("skorPotensial=72.5", results[0], StringComparison.Ordinal);
        Assert.Contains("Tinggi>=85.5,Menengah>=60.25", results[0], StringComparison.Ordinal);
    }

    private static bool Same(PetaTalentaUnit a, PetaTalentaUnit b) =>
        a.Penempatan.SequenceEqual(b.Penempatan)
        && a.JumlahPerKotak.SequenceEqual(b.JumlahPerKotak)
        && a.KelompokRencanaSuksesi.SequenceEqual(b.KelompokRencanaSuksesi)
        && a.Perubahan.SequenceEqual(b.Perubahan)
        && a.Findings.SequenceEqual(b.Findings);
}
