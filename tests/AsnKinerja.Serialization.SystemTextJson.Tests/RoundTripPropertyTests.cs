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
    private static void Law<T>(Gen<T> gen, bool compareValues = true) =>
        PropertyCheck.Run(Prop.ForAll(gen.ToArbitrary(), v => Json.RoundTrips(v, compareValues)), maxTest: 200);

    [Fact] public void LocalDate_RoundTrips() => Law(Gens.Date);

    [Fact] public void YearMonth_RoundTrips() => Law(Gens.Date.Select(d => new YearMonth(d.Year, d.Month)));

    [Fact] public void Nip_RoundTrips() => Law(Gens.Nip);

    [Fact] public void Labels_RoundTrip()
    {
        Law(Gens.OneOf(Gens.Ekspektasi));
        Law(Gens.OneOf(Gens.Predikat));
        Law(Gens.OneOf(Gens.PredikatOrganisasi));
        Law(Gens.OneOf(StatusPenilai.Asn, StatusPenilai.NonAsn));
        Law(Gens.OneOf(JabatanNonAsn.Menteri, JabatanNonAsn.KepalaLembaga, JabatanNonAsn.Gubernur, JabatanNonAsn.Bupati, JabatanNonAsn.WaliKota, JabatanNonAsn.Lainnya));
        Law(Gens.OneOf(TugasTambahan.KepalaSekolah, TugasTambahan.KepalaPuskesmas, TugasTambahan.KepalaUnitLain));
        Law(Gens.OneOf(JenisPertimbangan.TimKinerja, JenisPertimbangan.PemberiPertimbangan));
        Law(Gens.OneOf(JenisSkp.Reguler, JenisSkp.TugasBelajar));
        Law(Gens.OneOf(DasarAkumulasi.SejakPangkatTerakhir, DasarAkumulasi.DalamJenjang));
        Law(Gens.OneOf(JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.Mahir, JenjangFungsional.Penyelia, JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya, JenjangFungsional.AhliUtama));
        Law(Gens.OneOf(NilaiBerakhlak.BerorientasiPelayanan, NilaiBerakhlak.Akuntabel, NilaiBerakhlak.Kompeten, NilaiBerakhlak.Harmonis, NilaiBerakhlak.Loyal, NilaiBerakhlak.Adaptif, NilaiBerakhlak.Kolaboratif));
        Law(Gen.Choose(1, 13).Select(i => (GolonganRuang)i));
        Law(Gens.OneOf(StatusDistribusi.Memenuhi, StatusDistribusi.TidakMemenuhi, StatusDistribusi.TidakMungkin, StatusDistribusi.Kosong, StatusDistribusi.Digabung));
    }

    [Fact] public void RuleSetId_RoundTrips() => Law(Gens.RuleSetId);

    [Fact] public void FindingValue_RoundTrips() => Law(Gens.FindingValue);

    [Fact] public void AppliedPolicy_RoundTrips() => Law(Gens.Policy);

    [Fact] public void RegulationReference_RoundTrips() => Law(Gens.Source);

    [Fact] public void Explanation_RoundTrips() => Law(Gens.Explanation);

    [Fact] public void Finding_RoundTrips() => Law(Gens.Finding);

    [Fact] public void ValidationResult_RoundTrips() =>
        PropertyCheck.Run(Prop.ForAll(Gens.Finding.ArrayOf().ToArbitrary(), f =>
        {
            var v = new ValidationResult(f);
            var back = Json.Read<ValidationResult>(Json.Write(v));
            return back.Findings.SequenceEqual(v.Findings) && back.IsValid == v.IsValid;
        }), maxTest: 100);

    [Fact] public void Jabatan_RoundTrips() => Law(Gens.Jabatan);

    [Fact] public void PeriodeKinerja_RoundTrips() => Law(Gens.Periode);

    [Fact] public void UnitKerja_RoundTrips() => Law(from id in Gens.Id from nama in Gens.Text from parent in Gens.Maybe(Gens.Id) select new UnitKerja(id, nama, parent));

    [Fact] public void PenempatanPegawai_RoundTrips() => Law(from nip in Gens.Nip from unit in Gens.Id from kepala in Gen.Elements(true, false) select new PenempatanPegawai(nip, unit, kepala));

    [Fact] public void TargetIki_RoundTrips() => Law(Gens.Target);

    [Fact] public void IndikatorKinerjaIndividu_RoundTrips() => Law(Gens.Iki(1));

    [Fact] public void RencanaHasilKerja_RoundTrips() => Law(Gens.Rhk(1));

    [Fact] public void PerilakuKerjaSkp_RoundTrips() => Law(from v in Gen.Choose(1, 7) from k in Gens.Maybe(Gens.Text) select new PerilakuKerjaSkp((NilaiBerakhlak)v, k));

    [Fact] public void LampiranSkp_RoundTrips() => Law(from a in Gens.Text.ArrayOf() from b in Gens.Text.ArrayOf() select new LampiranSkp(a, b, a.Concat(b)));

    [Fact] public void PejabatPenilaiKinerja_RoundTrips() => Law(from n in Gens.Nip from j in Gens.Jabatan from k in Gens.OneOf(KewenanganPenilai.Definitif, KewenanganPenilai.Plt) select new PejabatPenilaiKinerja(n, j, k));

    [Fact] public void PejabatPenilaiKinerja_AnyOfficialAndAuthority_RoundTrips() => Law(Gens.Ppk);

    [Fact] public void Pejabat_RoundTrips() => Law(Gens.Pejabat);

    [Fact] public void PertimbanganPenilaian_RoundTrips() => Law(Gens.Pertimbangan);

    [Fact] public void Skp_RoundTrips() =>
        PropertyCheck.Run(Prop.ForAll(Gens.Skp.ToArbitrary(), skp =>
        {
            Json.RoundTrips(skp, compareValues: false);
            var back = Json.Read<Skp>(Json.Write(skp));
            return back.Id == skp.Id && back.Pegawai == skp.Pegawai && back.Jabatan == skp.Jabatan && back.Periode == skp.Periode
                && back.PejabatPenilai == skp.PejabatPenilai && back.AtasanPejabatPenilai == skp.AtasanPejabatPenilai && back.Status == skp.Status
                && back.TanggalPenetapan == skp.TanggalPenetapan && back.HasilKerja.SequenceEqual(skp.HasilKerja)
                && back.PerilakuKerja.SequenceEqual(skp.PerilakuKerja) && back.Lampiran == skp.Lampiran && back.Pendekatan == skp.Pendekatan
                && back.StatusKepegawaian == skp.StatusKepegawaian && back.Jenis == skp.Jenis && back.Pertimbangan.SequenceEqual(skp.Pertimbangan);
        }), maxTest: 200);

    [Fact] public void JumlahPredikat_RoundTrips() => Law(Gens.Jumlah);

    [Fact] public void DistribusiOptions_RoundTrips() => Law(Gens.Opsi);

    [Fact] public void PenilaianRhk_RoundTrips() => Law(from id in Gens.Id from j in Gens.OneOf(JenisRhk.Utama, JenisRhk.Tambahan) from e in Gens.OneOf(Gens.Ekspektasi) select new PenilaianRhk(id, j, e));

    [Fact] public void PredikatPeriode_RoundTrips() => Law(from p in Gens.Periode from k in Gens.OneOf(Gens.Predikat) select new PredikatPeriode(p, k));

    [Fact] public void PegawaiKalibrasi_RoundTrips() => Law(from id in Gens.Id from p in Gens.OneOf(Gens.Predikat) from s in Gens.MaybeValue(Gens.Decimal) select new PegawaiKalibrasi(id, p, s));

    [Fact] public void PemetaanRatingPimpinan_RoundTrips() => Law(Gens.Pemetaan, compareValues: false);

    [Fact] public void PredikatTerhitung_RoundTrips() => Law(Gens.Terhitung);

    [Fact] public void KeputusanPredikat_RoundTrips() => Law(Gens.Keputusan);

    [Fact] public void RentangKuota_RoundTrips() => Law(from a in Gen.Choose(0, 50) from b in Gen.Choose(0, 50) select new RentangKuota(Math.Min(a, b), Math.Max(a, b)));

    [Fact] public void KuotaResult_RoundTrips() =>
        Law(from p in Gens.OneOf(Gens.PredikatOrganisasi) from n in Gen.Choose(0, 40) from o in Gens.Opsi select KalkulatorKuota.Calculate(p, n, o), compareValues: false);

    [Fact] public void PemeriksaanDistribusiResult_RoundTrips() =>
        Law(from p in Gens.OneOf(Gens.PredikatOrganisasi) from j in Gens.Jumlah from o in Gens.Opsi select PemeriksaDistribusi.Check("UNIT-7", p, j, o), compareValues: false);

    [Fact] public void KebutuhanKenaikan_RoundTrips() => Law(Gen.Elements(TabelAngkaKredit.PermenPanRb1Tahun2023.Kenaikan.ToArray()));

    [Fact] public void AngkaKreditResult_RoundTrips() =>
        Law(
            from b in Gen.Choose(0, 12)
            from p in Gens.OneOf(Gens.Predikat)
            from j in Gens.OneOf(JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.AhliPertama, JenjangFungsional.AhliUtama)
            from k in Gen.Choose(1, 100)
            select AngkaKredit.Calculate(b, p, j, TabelAngkaKredit.PermenPanRb1Tahun2023.WithKoefisienPemula(k / 4m)),
            compareValues: false);

    [Fact] public void JarakKenaikan_RoundTrips() =>
        Law(
            from step in Gen.Elements(TabelAngkaKredit.PermenPanRb1Tahun2023.Kenaikan.Select(k => (k.Dari, k.JenjangDari)).Append((GolonganRuang.IVe, JenjangFungsional.AhliUtama)).ToArray())
            from a in Gen.Choose(0, 5000)
            select AngkaKredit.CalculateJarak(a / 10m, step.Item1, step.Item2),
            compareValues: false);

    [Fact] public void KotakTalenta_RoundTrips() => Law(Gen.Choose(1, 9).Select(KotakTalenta.FromNomor));

    [Fact] public void KinerjaTahunan_RoundTrips() => Law(from y in Gen.Choose(1900, 2099) from p in Gens.OneOf(Gens.Predikat) select new KinerjaTahunan(y, p));

    [Fact] public void NilaiPotensial_RoundTrips() => Law(Gen.Elements(true, false).SelectMany(s => s ? Gen.Choose(0, 1000).Select(i => NilaiPotensial.FromSkor(i / 10m)) : Gens.OneOf(TingkatPotensial.Rendah, TingkatPotensial.Tinggi).Select(NilaiPotensial.FromTingkat)));

    [Fact] public void DataTalentaPegawai_RoundTrips() => Law(Gens.DataTalenta);

    [Fact] public void PetaTalentaOptions_RoundTrips() =>
        PropertyCheck.Run(Prop.ForAll(Gens.PetaOptions.ToArbitrary(), o =>
        {
            Json.RoundTrips(o, compareValues: false);
            return Json.Read<PetaTalentaOptions>(Json.Write(o)).Policies.SequenceEqual(o.Policies);
        }), maxTest: 200);

    [Fact] public void RekomendasiTindakLanjut_RoundTrips() => Law(Gen.Elements(RekomendasiTindakLanjut.All.ToArray()));

    [Fact] public void UmpanBalik_RoundTrips() => Law(Gens.UmpanBalik(1));

    [Fact] public void PenilaianNilaiBerakhlak_RoundTrips() => Law(Gens.PenilaianNilai);

    [Fact] public void KebijakanSaranPerilaku_RoundTrips() => Law(Gen.Elements(KebijakanSaranPerilaku.BuiltIn.ToArray()));

    [Fact] public void SaranRatingPerilaku_RoundTrips() => Law(Gens.SaranPerilaku);

    [Fact] public void PenilaianPerilakuKerja_RoundTrips() => Law(Gens.PenilaianPerilaku);

    [Fact] public void CatatanPerilakuKerja_RoundTrips() =>
        Law(
            from skp in Gens.Skp
            from n in Gen.Choose(0, 3)
            from ub in Gens.All(Enumerable.Range(0, n).Select(Gens.UmpanBalik))
            from p in Gens.Maybe(Gens.PenilaianPerilaku)
            select new CatatanPerilakuKerja(skp, ub, p),
            compareValues: false);

    [Fact] public void KatalogBerakhlak_RoundTrips() => Law(Gen.Elements(KatalogBerakhlak.Versions.ToArray()));
}
