using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Tests;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Siasn.Tests;

/// <summary>The law of every payload: whatever the builders make, SIASN's JSON reads back as the same value.</summary>
public sealed class RoundTripPropertyTests
{
    private static readonly string[] Texts = { "Ir. Hendra Wijaya, M.T.", "Dra. Sri \"Yuni\" <Wahyuni> & Co.", "Kepala Bidang Aplikasi Informatika", "Dinas ✓ é ü 日本", "baris\nbaru", "x" };

    private static Gen<string> Text => Gen.Elements(Texts);

    private static Gen<Ekspektasi> Rating => Gen.Elements(Gens.Ekspektasi);

    private static Gen<PredikatAkhir> Predikat(Nip nip) =>
        from hasil in Rating
        from perilaku in Rating
        from ubah in Gen.Elements(true, false)
        from ditetapkan in Gen.Elements(Gens.Predikat)
        let terhitung = KuadranRules.PermenPanRb6Tahun2022.Evaluate(hasil, perilaku)
        select PredikatAkhir.Of(nip, ubah && ditetapkan != terhitung.Predikat
            ? KeputusanPredikat.Ubah(terhitung, ditetapkan, Contoh.KepalaDinas, new LocalDate(2025, 2, 1), "Kalibrasi")
            : KeputusanPredikat.Terima(terhitung));

    private static Gen<Pejabat> Penilai =>
        Gen.Elements(true, false).SelectMany(asn => asn
            ? from nip in Gens.Nip
              from nama in Text
              from golongan in Gen.Elements("IV/a", "III/d", "IX", "43")
              from jabatan in Text
              from unit in Text
              select Pejabat.Asn(nip, nama: nama, namaJabatan: jabatan, golongan: golongan, unitKerja: unit)
            : from nama in Text
              from jabatan in Text
              from unit in Text
              from nrp in Gens.Maybe(Gen.Elements("63010234", "NRP-7"))
              select Pejabat.NonAsn(JabatanNonAsn.Bupati, nama, jabatan, unit, nrp));

    private static Gen<DokumenSiasn[]> Path =>
        (from id in Gens.Maybe(Gen.Elements("872", "873"))
         from nama in Gens.Maybe(Text)
         from uri in Gen.Elements("skp/1.pdf", "https://siasn/dok?id=1&x=2")
         from objek in Gens.Maybe(Text)
         from slug in Gens.Maybe(Gen.Elements("872", "slug"))
         select new DokumenSiasn(id, nama, uri, objek, slug)).ArrayOf().Select(a => a.Take(3).ToArray());

    private static Gen<string?> RecordId => Gens.Maybe(Gen.Elements("rw-1", "8a2f0c1e-5b", "Ω-1"));

    private static Gen<PeriodeKinerja> Periodik =>
        from tahun in Gen.Choose(2022, 2030)
        from bulanan in Gen.Elements(true, false)
        from bulan in Gen.Choose(1, 12)
        from triwulan in Gen.Elements(Triwulan.I, Triwulan.II, Triwulan.III, Triwulan.IV)
        select bulanan ? PeriodeKinerja.Bulanan(tahun, bulan) : PeriodeKinerja.Triwulanan(tahun, triwulan);

    private static Gen<Jabatan> Jabatan => Gen.Elements(
        AsnKinerja.Jabatan.Struktural(JenisJabatan.Pelaksana), AsnKinerja.Jabatan.Struktural(JenisJabatan.Pengawas),
        AsnKinerja.Jabatan.Fungsional(JenjangFungsional.AhliPertama), AsnKinerja.Jabatan.Fungsional(JenjangFungsional.AhliUtama),
        AsnKinerja.Jabatan.Fungsional(JenjangFungsional.Pemula), AsnKinerja.Jabatan.Fungsional(JenjangFungsional.Penyelia));

    [Property(MaxTest = 200)]
    public Property Skp22_WrittenAndRead_IsTheSamePayload() => Prop.ForAll(
        (from nip in Gens.Nip
         from tahun in Gen.Choose(2022, 2030)
         from penilai in Penilai
         from predikat in Predikat(nip)
         from pns in Text
         from id in RecordId
         from path in Path
         from indented in Gen.Elements(true, false)
         select (SiasnPayloads.Skp22(nip, PeriodeKinerja.Tahunan(tahun), penilai, predikat, pns, id, path).Value, indented)).ToArbitrary(),
        x => SiasnJson.ReadSkp22(SiasnJson.Write(x.Value, x.indented)) == x.Value);

    [Property(MaxTest = 200)]
    public Property KinerjaPeriodik_WrittenAndRead_IsTheSamePayload() => Prop.ForAll(
        (from nip in Gens.Nip
         from jabatan in Jabatan
         from periode in Periodik
         from penilai in Penilai
         from predikat in Predikat(nip)
         from digit in Gen.Elements(PemetaanKoefisienSiasn.BarisReferensi, PemetaanKoefisienSiasn.DigitPredikat)
         from pns in Text
         from id in RecordId
         from path in Path
         select SiasnPayloads.KinerjaPeriodik(nip, jabatan, periode, penilai, predikat, pns, null, new SiasnOptions(digit), id, path).Value).ToArbitrary(),
        p => SiasnJson.ReadKinerjaPeriodik(SiasnJson.Write(p)) == p);

    [Property(MaxTest = 200)]
    public Property AngkaKredit_WrittenAndRead_IsTheSamePayload() => Prop.ForAll(
        (from nip in Gens.Nip
         from tahun in Gen.Choose(2023, 2030)
         from awal in Gen.Choose(1, 12)
         from panjang in Gen.Choose(0, 11)
         from predikat in Gen.Elements(Gens.Predikat)
         from jenjang in Gen.Elements(JenjangFungsional.Pemula, JenjangFungsional.Mahir, JenjangFungsional.AhliPertama, JenjangFungsional.AhliMadya)
         from sk in Gen.Choose(1, 400)
         from id in RecordId
         from path in Path
         let akhir = Math.Min(12, awal + panjang)
         let periode = PeriodeKinerja.Rentang(new LocalDate(tahun, awal, 1), new LocalDate(tahun, akhir, 1).With(DateAdjusters.EndOfMonth))
         let hasil = AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(periode, predikat, jenjang)
         select SiasnPayloads.AngkaKredit(nip, hasil, periode, "A8-" + sk, "RW-" + sk, "800/" + sk + "/2024", new LocalDate(tahun + 1, 1, 1).PlusDays(sk), id, path).Value).ToArbitrary(),
        p => SiasnJson.ReadAngkaKredit(SiasnJson.Write(p)) == p);
}
