using AsnKinerja.BehaviourRubric;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

public class RoundTripPropertyTests
{
    private static Property Law<T>(Gen<T> gen, bool compareValues = true) =>
        Prop.ForAll(gen.ToArbitrary(), v => Json.RoundTrips(v, compareValues));

    [Property(MaxTest = 200)] public Property LocalDate_RoundTrips() => Law(Gens.Date);

    [Property(MaxTest = 200)] public Property YearMonth_RoundTrips() => Law(Gens.Date.Select(d => new YearMonth(d.Year, d.Month)));

    [Property(MaxTest = 200)] public Property Nip_RoundTrips() => Law(Gens.Nip);

    [Property(MaxTest = 200)] public Property Labels_RoundTrip() =>
        Law(Gens.OneOf(Gens.Ekspektasi))
            .And(Law(Gens.OneOf(Gens.Predikat)))
            .And(Law(Gens.OneOf(Gens.PredikatOrganisasi)))
            .And(Law(Gens.OneOf(StatusPenilai.Asn, StatusPenilai.NonAsn)))
            .And(Law(Gens.OneOf(JabatanNonAsn.Menteri, JabatanNonAsn.KepalaLembaga, JabatanNonAsn.Gubernur, JabatanNonAsn.Bupati, JabatanNonAsn.WaliKota, JabatanNonAsn.Lainnya)))
            .And(Law(Gens.OneOf(TugasTambahan.KepalaSekolah, TugasTambahan.KepalaPuskesmas, TugasTambahan.KepalaUnitLain)))
            .And(Law(Gens.OneOf(JenisPertimbangan.TimKinerja, JenisPertimbangan.PemberiPertimbangan)))
            .And(Law(Gens.OneOf(JenisSkp.Reguler, JenisSkp.TugasBelajar)))
            .And(Law(Gens.OneOf(DasarAkumulasi.SejakPangkatTerakhir, DasarAkumulasi.DalamJenjang)))
            .And(Law(Gens.OneOf(JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.Mahir, JenjangFungsional.Penyelia, JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya, JenjangFungsional.AhliUtama)))
            .And(Law(Gens.OneOf(NilaiBerakhlak.BerorientasiPelayanan, NilaiBerakhlak.Akuntabel, NilaiBerakhlak.Kompeten, NilaiBerakhlak.Harmonis, NilaiBerakhlak.Loyal, NilaiBerakhlak.Adaptif, NilaiBerakhlak.Kolaboratif)))
            .And(Law(Gen.Choose(1, 13).Select(i => (GolonganRuang)i)))
            .And(Law(Gens.OneOf(StatusDistribusi.Memenuhi, StatusDistribusi.TidakMemenuhi, StatusDistribusi.TidakMungkin, StatusDistribusi.Kosong, StatusDistribusi.Digabung)));

    [Property(MaxTest = 200)] public Property RuleSetId_RoundTrips() => Law(Gens.RuleSetId);

    [Property(MaxTest = 200)] public Property FindingValue_RoundTrips() => Law(Gens.FindingValue);

    [Property(MaxTest = 200)] public Property AppliedPolicy_RoundTrips() => Law(Gens.Policy);

    [Property(MaxTest = 200)] public Property RegulationReference_RoundTrips() => Law(Gens.Source);

    [Property(MaxTest = 200)] public Property Explanation_RoundTrips() => Law(Gens.Explanation);

    [Property(MaxTest = 200)] public Property Finding_RoundTrips() => Law(Gens.Finding);

    [Property(MaxTest = 100)] public Property ValidationResult_RoundTrips() =>
        Prop.ForAll(Gens.Finding.ArrayOf().ToArbitrary(), f =>
        {
            var v = new ValidationResult(f);
            var back = Json.Read<ValidationResult>(Json.Write(v));
            return back.Findings.SequenceEqual(v.Findings) && back.IsValid == v.IsValid;
        });

    [Property(MaxTest = 200)] public Property Jabatan_RoundTrips() => Law(Gens.Jabatan);

    [Property(MaxTest = 200)] public Property PeriodeKinerja_RoundTrips() => Law(Gens.Periode);

    [Property(MaxTest = 200)] public Property UnitKerja_RoundTrips() => Law(from id in Gens.Id from nama in Gens.Text from parent in Gens.Maybe(Gens.Id) select new UnitKerja(id, nama, parent));

    [Property(MaxTest = 200)] public Property PenempatanPegawai_RoundTrips() => Law(from nip in Gens.Nip from unit in Gens.Id from kepala in Gen.Elements(true, false) select new PenempatanPegawai(nip, unit, kepala));

    [Property(MaxTest = 200)] public Property TargetIki_RoundTrips() => Law(Gens.Target);

    [Property(MaxTest = 200)] public Property IndikatorKinerjaIndividu_RoundTrips() => Law(Gens.Iki(1));

    [Property(MaxTest = 200)] public Property RencanaHasilKerja_RoundTrips() => Law(Gens.Rhk(1));

    [Property(MaxTest = 200)] public Property PerilakuKerjaSkp_RoundTrips() => Law(from v in Gen.Choose(1, 7) from k in Gens.Maybe(Gens.Text) select new PerilakuKerjaSkp((NilaiBerakhlak)v, k));

    [Property(MaxTest = 200)] public Property LampiranSkp_RoundTrips() => Law(from a in Gens.Text.ArrayOf() from b in Gens.Text.ArrayOf() select new LampiranSkp(a, b, a.Concat(b)));

    [Property(MaxTest = 200)] public Property PejabatPenilaiKinerja_RoundTrips() => Law(from n in Gens.Nip from j in Gens.Jabatan from k in Gens.OneOf(KewenanganPenilai.Definitif, KewenanganPenilai.Plt) select new PejabatPenilaiKinerja(n, j, k));

    [Property(MaxTest = 200)] public Property PejabatPenilaiKinerja_AnyOfficialAndAuthority_RoundTrips() => Law(Gens.Ppk);

    [Property(MaxTest = 200)] public Property Pejabat_RoundTrips() => Law(Gens.Pejabat);

    [Property(MaxTest = 200)] public Property PertimbanganPenilaian_RoundTrips() => Law(Gens.Pertimbangan);

    [Property(MaxTest = 200)] public Property Skp_RoundTrips() =>
        Prop.ForAll(Gens.Skp.ToArbitrary(), skp =>
        {
            Json.RoundTrips(skp, compareValues: false);
            var back = Json.Read<Skp>(Json.Write(skp));
            return back.Id == skp.Id && back.Pegawai == skp.Pegawai && back.Jabatan == skp.Jabatan && back.Periode == skp.Periode
                && back.PejabatPenilai == skp.PejabatPenilai && back.AtasanPejabatPenilai == skp.AtasanPejabatPenilai && back.Status == skp.Status
                && back.TanggalPenetapan == skp.TanggalPenetapan && back.HasilKerja.SequenceEqual(skp.HasilKerja)
                && back.PerilakuKerja.SequenceEqual(skp.PerilakuKerja) && back.Lampiran == skp.Lampiran && back.Pendekatan == skp.Pendekatan
                && back.StatusKepegawaian == skp.StatusKepegawaian && back.Jenis == skp.Jenis && back.Pertimbangan.SequenceEqual(skp.Pertimbangan);
        });

    [Property(MaxTest = 200)] public Property JumlahPredikat_RoundTrips() => Law(Gens.Jumlah);

    [Property(MaxTest = 200)] public Property DistribusiOptions_RoundTrips() => Law(Gens.Opsi);

    [Property(MaxTest = 200)] public Property PenilaianRhk_RoundTrips() => Law(from id in Gens.Id from j in Gens.OneOf(JenisRhk.Utama, JenisRhk.Tambahan) from e in Gens.OneOf(Gens.Ekspektasi) select new PenilaianRhk(id, j, e));

    [Property(MaxTest = 200)] public Property PredikatPeriode_RoundTrips() => Law(from p in Gens.Periode from k in Gens.OneOf(Gens.Predikat) select new PredikatPeriode(p, k));

    [Property(MaxTest = 200)] public Property PegawaiKalibrasi_RoundTrips() => Law(from nip in Gens.Nip from p in Gens.OneOf(Gens.Predikat) from s in Gens.MaybeValue(Gens.Decimal) select new PegawaiKalibrasi(nip, p, s));

    [Property(MaxTest = 200)] public Property PemetaanRatingPimpinan_RoundTrips() => Law(Gens.Pemetaan, compareValues: false);

    [Property(MaxTest = 200)] public Property PredikatTerhitung_RoundTrips() => Law(Gens.Terhitung);

    [Property(MaxTest = 200)] public Property KeputusanPredikat_RoundTrips() => Law(Gens.Keputusan);

    [Property(MaxTest = 200)] public Property RentangKuota_RoundTrips() => Law(from a in Gen.Choose(0, 50) from b in Gen.Choose(0, 50) select new RentangKuota(Math.Min(a, b), Math.Max(a, b)));

    [Property(MaxTest = 200)] public Property KuotaResult_RoundTrips() =>
        Law(from p in Gens.OneOf(Gens.PredikatOrganisasi) from n in Gen.Choose(0, 40) from o in Gens.Opsi select DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(o).CalculateKuota(p, n), compareValues: false);

    [Property(MaxTest = 200)] public Property PemeriksaanDistribusiResult_RoundTrips() =>
        Law(from p in Gens.OneOf(Gens.PredikatOrganisasi) from j in Gens.Jumlah from o in Gens.Opsi select DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(o).Check("UNIT-7", p, j), compareValues: false);

    [Property(MaxTest = 200)] public Property KebutuhanKenaikan_RoundTrips() => Law(Gen.Elements(TabelAngkaKredit.PermenPanRb1Tahun2023.Kenaikan.ToArray()));

    [Property(MaxTest = 200)] public Property AngkaKreditResult_RoundTrips() =>
        Law(
            from b in Gen.Choose(0, 12)
            from p in Gens.OneOf(Gens.Predikat)
            from j in Gens.OneOf(JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.AhliPertama, JenjangFungsional.AhliUtama)
            from k in Gen.Choose(1, 100)
            select AngkaKreditRules.PermenPanRb1Tahun2023.WithOptions(new AngkaKreditOptions(k / 4m)).Calculate(b, p, j),
            compareValues: false);

    [Property(MaxTest = 200)] public Property JarakKenaikan_RoundTrips() =>
        Law(
            from step in Gen.Elements(TabelAngkaKredit.PermenPanRb1Tahun2023.Kenaikan.Select(k => (k.Dari, k.JenjangDari)).Append((GolonganRuang.IVe, JenjangFungsional.AhliUtama)).ToArray())
            from a in Gen.Choose(0, 5000)
            select AngkaKreditRules.PermenPanRb1Tahun2023.CalculateJarak(a / 10m, step.Item1, step.Item2),
            compareValues: false);

    [Property(MaxTest = 200)] public Property KotakTalenta_RoundTrips() => Law(Gen.Choose(1, 9).Select(KotakTalenta.FromNomor));

    [Property(MaxTest = 200)] public Property KinerjaTahunan_RoundTrips() =>
        Law(from y in Gen.Choose(1900, 2099) from p in Gens.OneOf(Gens.Predikat) from status in Gen.Choose(0, 2) select Gens.Kinerja(y, p, status));

    [Property(MaxTest = 200)] public Property NilaiPotensial_RoundTrips() =>
        Law(
            from sumber in Gens.MaybeValue(Gens.OneOf(SumberPotensial.AssessmentCenter, SumberPotensial.Lainnya))
            from s in Gen.Elements(true, false)
            from v in s ? Gen.Choose(0, 1000).Select(i => NilaiPotensial.FromSkor(i / 10m, sumber)) : Gens.OneOf(TingkatPotensial.Rendah, TingkatPotensial.Tinggi).Select(t => NilaiPotensial.FromTingkat(t, sumber))
            select v);

    [Property(MaxTest = 200)] public Property DataTalentaPegawai_RoundTrips() => Law(Gens.DataTalenta);

    [Property(MaxTest = 200)] public Property PetaTalentaOptions_RoundTrips() =>
        Prop.ForAll(Gens.PetaOptions.ToArbitrary(), o =>
        {
            Json.RoundTrips(o, compareValues: false);
            return Json.Read<PetaTalentaOptions>(Json.Write(o)).Policies.SequenceEqual(o.Policies);
        });

    [Property(MaxTest = 200)] public Property RekomendasiTindakLanjut_RoundTrips() => Law(Gen.Elements(RekomendasiTindakLanjut.All.ToArray()));

    [Property(MaxTest = 200)] public Property UmpanBalik_RoundTrips() => Law(Gens.UmpanBalik(1));

    [Property(MaxTest = 200)] public Property PenilaianNilaiBerakhlak_RoundTrips() => Law(Gens.PenilaianNilai);

    [Property(MaxTest = 200)] public Property KebijakanSaranPerilaku_RoundTrips() => Law(Gen.Elements(KebijakanSaranPerilaku.BuiltIn.ToArray()));

    [Property(MaxTest = 200)] public Property SaranRatingPerilaku_RoundTrips() => Law(Gens.SaranPerilaku);

    [Property(MaxTest = 200)] public Property PenilaianPerilakuKerja_RoundTrips() => Law(Gens.PenilaianPerilaku);

    [Property(MaxTest = 200)] public Property CatatanPerilakuKerja_RoundTrips() =>
        Law(
            from skp in Gens.Skp
            from n in Gen.Choose(0, 3)
            from ub in Gens.All(Enumerable.Range(0, n).Select(Gens.UmpanBalik))
            from p in Gens.Maybe(Gens.PenilaianPerilaku)
            select new CatatanPerilakuKerja(skp, ub, p),
            compareValues: false);

    [Property(MaxTest = 200)] public Property KatalogBerakhlak_RoundTrips() => Law(Gen.Elements(PerilakuKerjaRules.All.Select(r => r.Katalog).ToArray()));

    [Property(MaxTest = 200)] public Property PerilakuKerjaOptions_RoundTrips() =>
        Prop.ForAll(Gen.Elements(KebijakanSaranPerilaku.BuiltIn.ToArray()).ToArbitrary(), k =>
        {
            var o = new PerilakuKerjaOptions(k);
            Json.RoundTrips(o, compareValues: false);
            return Json.Read<PerilakuKerjaOptions>(Json.Write(o)).Policies.SequenceEqual(o.Policies);
        });

    /// <summary>Placements under both talent-map rule sets, with any options: read back by placing again with the rule set the document names.</summary>
    [Property(MaxTest = 200)] public Property PenempatanTalenta_RoundTrips() =>
        Prop.ForAll(Gens.Penempatan.ToArbitrary(), r => r.ValueOrNull is null || Json.RoundTrips(r.Value));

    [Property(MaxTest = 200)] public Property PenempatanTalentaResult_RoundTrips() =>
        Prop.ForAll(Gens.Penempatan.ToArbitrary(), r => Json.RoundTrips(r, compareValues: false) && Json.Read<PenempatanTalentaResult>(Json.Write(r)).IsSuccess == r.IsSuccess);
}
