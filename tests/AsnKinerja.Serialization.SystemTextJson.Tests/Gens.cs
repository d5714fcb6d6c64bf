using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>Generators of valid values for the round-trip properties.</summary>
internal static class Gens
{
    public static readonly string[] Texts = { "Laporan kinerja", "Dokumen \"A\" & <B>", "Rp 1.000/bulan", "Pelayanan ✓ é ü 日本", "baris\nbaru\t", "x" };

    public static readonly Ekspektasi[] Ekspektasi = { AsnKinerja.Ekspektasi.DiBawah, AsnKinerja.Ekspektasi.Sesuai, AsnKinerja.Ekspektasi.DiAtas };

    public static readonly PredikatKinerja[] Predikat =
    {
        PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
    };

    public static readonly PredikatKinerjaOrganisasi[] PredikatOrganisasi =
    {
        PredikatKinerjaOrganisasi.SangatKurang, PredikatKinerjaOrganisasi.Kurang, PredikatKinerjaOrganisasi.ButuhPerbaikan, PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Istimewa,
    };

    public static Gen<string> Text => Gen.Elements(Texts);

    public static Gen<T[]> All<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(Array.Empty<T>()), (acc, g) => acc.SelectMany(a => g.Select(x => a.Append(x).ToArray())));

    public static Gen<string> Id => Gen.Choose(1, 999).Select(i => "ID-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Gen<T> OneOf<T>(params T[] values) => Gen.Elements(values);

    public static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class =>
        Gen.Elements(true, false).SelectMany(b => b ? gen.Select(v => (T?)v) : Gen.Constant((T?)null));

    public static Gen<T?> MaybeValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Elements(true, false).SelectMany(b => b ? gen.Select(v => (T?)v) : Gen.Constant((T?)null));

    public static Gen<LocalDate> Date =>
        from y in Gen.Choose(1950, 2090)
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, 28)
        select new LocalDate(y, m, d);

    public static Gen<Nip> Nip =>
        from birth in Gen.Choose(1950, 2000)
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, 28)
        from years in Gen.Choose(18, 40)
        from am in Gen.Choose(1, 12)
        from g in OneOf(JenisKelamin.LakiLaki, JenisKelamin.Perempuan)
        from n in Gen.Choose(1, 999)
        from pppk in Gen.Choose(0, 3)
        from round in Gen.Choose(1, 9)
        select pppk == 0
            ? AsnKinerja.Nip.FromPppkParts(new LocalDate(birth, m, d), birth + years, round, g, n)
            : AsnKinerja.Nip.FromParts(new LocalDate(birth, m, d), new YearMonth(birth + years, am), g, n);

    public static Gen<Pejabat> Pejabat =>
        Gen.Choose(0, 3).SelectMany(kind => kind switch
        {
            0 => from jabatan in OneOf(JabatanNonAsn.Menteri, JabatanNonAsn.Gubernur, JabatanNonAsn.Bupati, JabatanNonAsn.WaliKota, JabatanNonAsn.Lainnya)
                 from nama in Text
                 from namaJabatan in OneOf("Bupati Sleman", "Gubernur Jawa Tengah", "Menteri X")
                 from unit in Maybe(Text)
                 from nrp in Maybe(OneOf("63010234", "NRP 1"))
                 select AsnKinerja.Pejabat.NonAsn(jabatan, nama, namaJabatan, unit, nrp),
            1 => Nip.Select(n => AsnKinerja.Pejabat.Asn(n)),
            2 => from n in Nip
                 from tugas in MaybeValue(OneOf(TugasTambahan.KepalaSekolah, TugasTambahan.KepalaPuskesmas, TugasTambahan.KepalaUnitLain))
                 from nama in Maybe(Text)
                 from golongan in Maybe(OneOf("IV/b", "IX"))
                 select AsnKinerja.Pejabat.Asn(n, AsnKinerja.Jabatan.Fungsional(JenjangFungsional.AhliMadya), tugas, nama, tugas is null ? null : "Kepala Sekolah", golongan, tugas is null ? null : "SD Negeri 1"),
            _ => from n in Nip
                 from j in Jabatan
                 from unit in Maybe(Text)
                 select AsnKinerja.Pejabat.Asn(n, j, unitKerja: unit),
        });

    public static Gen<PejabatPenilaiKinerja> Ppk =>
        from pejabat in Pejabat
        from j in Jabatan
        from kewenangan in OneOf(KewenanganPenilai.Definitif, KewenanganPenilai.Plt, KewenanganPenilai.Plh, KewenanganPenilai.Delegasi)
        select new PejabatPenilaiKinerja(pejabat.Status == StatusPenilai.Asn && pejabat.Jabatan is null ? AsnKinerja.Pejabat.Asn(pejabat.Nip!.Value, j) : pejabat, kewenangan);

    public static Gen<PertimbanganPenilaian> Pertimbangan =>
        from jenis in OneOf(JenisPertimbangan.TimKinerja, JenisPertimbangan.PemberiPertimbangan)
        from pejabat in Pejabat
        select new PertimbanganPenilaian(jenis, pejabat);

    public static Gen<decimal> Decimal => Gen.Choose(-100000, 100000).SelectMany(i => Gen.Choose(0, 4).Select(scale => new decimal(Math.Abs(i), 0, 0, i < 0, (byte)scale)));

    public static Gen<RuleSetId> RuleSetId => OneOf(AsnKinerja.RuleSetId.PermenPanRb6Tahun2022, AsnKinerja.RuleSetId.SeMenPanRb3Tahun2023, new AsnKinerja.RuleSetId("Lokal2024"));

    public static Gen<FindingValue> FindingValue => from k in OneOf("skp", "rhk", "nilai", "a b") from v in Text select AsnKinerja.FindingValue.Of(k, v);

    public static Gen<AppliedPolicy> Policy => from n in OneOf("Pembulatan", "Kebijakan X") from c in Text from d in Gen.Elements(true, false) select new AppliedPolicy(n, c, d);

    public static Gen<RegulationReference> Source =>
        from r in OneOf(RegulationNames.PermenPanRb6Tahun2022, RegulationNames.KebijakanPustaka)
        from a in Maybe(Text)
        from c in OneOf(Confidence.Low, Confidence.Medium, Confidence.High)
        select new RegulationReference(r, a, c);

    public static Gen<Explanation> Explanation =>
        from def in Gen.Elements(DefinitionCatalog.Default.Explanations.ToArray())
        from rs in RuleSetId
        from rule in Text
        from src in Source
        from inputs in FindingValue.ArrayOf()
        from values in FindingValue.ArrayOf()
        from policies in Policy.ArrayOf()
        select def.Create(rs, rule, inputs.Take(4), values.Take(4), policies.Take(3), src);

    public static Gen<Finding> Finding =>
        from def in Gen.Elements(DefinitionCatalog.Default.Findings.ToArray())
        from sev in OneOf(FindingSeverity.Info, FindingSeverity.Warning, FindingSeverity.Error)
        from subject in Gen.Elements(string.Empty, "S-1", "unit A")
        from values in FindingValue.ArrayOf()
        select def.Create(sev, subject, values.Take(4).ToArray());

    public static Gen<Jabatan> Jabatan =>
        Gen.Elements(true, false).SelectMany(f => f
            ? OneOf(JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.AhliMuda, JenjangFungsional.AhliUtama).Select(AsnKinerja.Jabatan.Fungsional)
            : OneOf(JenisJabatan.JptUtama, JenisJabatan.JptPratama, JenisJabatan.Administrator, JenisJabatan.Pengawas, JenisJabatan.Pelaksana).Select(AsnKinerja.Jabatan.Struktural));

    public static Gen<PeriodeKinerja> Periode =>
        from y in Gen.Choose(1990, 2090)
        from kind in Gen.Choose(1, 5)
        from q in OneOf(Triwulan.I, Triwulan.II, Triwulan.III, Triwulan.IV)
        from h in OneOf(Semester.I, Semester.II)
        from m in Gen.Choose(1, 12)
        from start in Gen.Choose(0, 300)
        from length in Gen.Choose(0, 100)
        select kind switch
        {
            1 => PeriodeKinerja.Tahunan(y),
            2 => PeriodeKinerja.Triwulanan(y, q),
            3 => PeriodeKinerja.Bulanan(y, m),
            4 => PeriodeKinerja.Semesteran(y, h),
            _ => PeriodeKinerja.Rentang(new LocalDate(y, 1, 1).PlusDays(start), new LocalDate(y, 1, 1).PlusDays(start + length)),
        };

    public static Gen<TargetIki> Target =>
        Gen.Elements(true, false).SelectMany(q => q
            ? from v in Decimal from s in Text select TargetIki.Kuantitatif(v, s)
            : Text.Select(TargetIki.Kualitatif));

    public static Gen<IndikatorKinerjaIndividu> Iki(int i) =>
        from u in Text
        from t in Target
        from a in MaybeValue(OneOf(AspekIki.Kuantitas, AspekIki.Kualitas, AspekIki.Waktu, AspekIki.Biaya))
        from p in MaybeValue(OneOf(PerspektifIki.PenerimaLayanan, PerspektifIki.ProsesBisnis, PerspektifIki.PenguatanInternal, PerspektifIki.Anggaran))
        select new IndikatorKinerjaIndividu("IKI-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), u, t, a, p);

    public static Gen<RencanaHasilKerja> Rhk(int i) =>
        from u in Text
        from j in OneOf(JenisRhk.Utama, JenisRhk.Tambahan)
        from k in OneOf(KlasifikasiRhk.Organisasi, KlasifikasiRhk.Individu)
        from n in Gen.Choose(0, 3)
        from iki in Gens.All(Enumerable.Range(0, n).Select(Iki))
        from atasan in Maybe(Id)
        from sumber in Maybe(Text)
        from tugas in Maybe(Text)
        from m in MaybeValue(OneOf(MetodeCascading.Langsung, MetodeCascading.TidakLangsung))
        select new RencanaHasilKerja("RHK-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), u, j, k, iki, atasan, sumber, tugas, m);

    public static Gen<Skp> Skp =>
        from id in Id
        from pegawai in Nip
        from jabatan in Jabatan
        from periode in Periode
        from ppk in Ppk.Where(p => p.Nip != pegawai)
        from atasan in Maybe(Pejabat)
        from jenis in OneOf(JenisSkp.Reguler, JenisSkp.TugasBelajar)
        from pertimbangan in Pertimbangan.ArrayOf()
        from status in OneOf(StatusSkp.Draf, StatusSkp.Diajukan, StatusSkp.Disetujui, StatusSkp.Ditutup)
        from tanggal in MaybeValue(Date)
        from pendekatan in OneOf(PendekatanSkp.Kuantitatif, PendekatanSkp.Kualitatif)
        from pns in OneOf(StatusKepegawaian.Pns, StatusKepegawaian.Pppk)
        from n in Gen.Choose(0, 3)
        from rhk in Gens.All(Enumerable.Range(0, n).Select(Rhk))
        from nilai in Gen.Choose(0, 7)
        from khusus in Maybe(Text)
        from lampiran in Text.ArrayOf()
        select Build(id, pegawai, jabatan, periode, ppk, atasan, jenis, pertimbangan, status, tanggal, pendekatan, pns, rhk, nilai, khusus, lampiran);

    public static Gen<JumlahPredikat> Jumlah =>
        from a in Gen.Choose(0, 30) from b in Gen.Choose(0, 30) from c in Gen.Choose(0, 30) from d in Gen.Choose(0, 60) from e in Gen.Choose(0, 30)
        select new JumlahPredikat(a, b, c, d, e);

    public static Gen<DistribusiOptions> Opsi =>
        from p in OneOf(Pembulatan.Ketat, Pembulatan.SetengahKeAtas)
        from s in OneOf(MaknaSebagianBesar.LebihDariSetengah, MaknaSebagianBesar.KelompokTerbesar)
        from u in OneOf(KebijakanUnitKecil.Ketat, KebijakanUnitKecil.SaranDiBawahAmbang, KebijakanUnitKecil.GabungKeInduk)
        from a in Gen.Choose(1, 12)
        from k in OneOf(PenghitunganKepalaUnit.UnitInduk, PenghitunganKepalaUnit.UnitSendiri)
        from t in OneOf(TingkatPenegakan.Saran, TingkatPenegakan.Tegakkan)
        select new DistribusiOptions(p, s, u, a, k, t);

    public static Gen<PemetaanRatingPimpinan> Pemetaan =>
        Gen.Elements(true, false).SelectMany(d => d
            ? Gen.Constant(PemetaanRatingPimpinan.Default)
            : from cut1 in Gen.Choose(1, 5)
              from cut2 in Gen.Choose(1, 5)
              from name in OneOf("Instansi A", "Ketat (lokal)")
              select new PemetaanRatingPimpinan(name, PredikatOrganisasi.ToDictionary(p => p, p => (int)p < Math.Min(cut1, cut2) ? AsnKinerja.Ekspektasi.DiBawah : (int)p < Math.Max(cut1, cut2) ? AsnKinerja.Ekspektasi.Sesuai : AsnKinerja.Ekspektasi.DiAtas)));

    public static Gen<PredikatTerhitung> Terhitung =>
        Gen.Elements(true, false).SelectMany(leader => leader
            ? from p in Gen.Elements(PredikatOrganisasi) from r in Gen.Elements(Ekspektasi) from m in Pemetaan select KuadranRules.PermenPanRb6Tahun2022.WithPemetaan(m).EvaluateKepalaUnit(p, r)
            : from h in Gen.Elements(Ekspektasi) from r in Gen.Elements(Ekspektasi) select KuadranRules.PermenPanRb6Tahun2022.Evaluate(h, r));

    public static Gen<KeputusanPredikat> Keputusan =>
        from t in Terhitung
        from change in Gen.Elements(true, false)
        from p in Gen.Elements(Predikat)
        from oleh in Pejabat
        from date in Date
        from why in Text
        select change && p != t.Predikat ? KeputusanPredikat.Ubah(t, p, oleh, date, why) : KeputusanPredikat.Terima(t);

    public static Gen<DataTalentaPegawai> DataTalenta =>
        from nip in Nip
        from years in Gen.Elements(Predikat).ArrayOf()
        from skor in Gen.Choose(0, 1000)
        from useSkor in Gen.Elements(true, false)
        from tingkat in OneOf(TingkatPotensial.Rendah, TingkatPotensial.Menengah, TingkatPotensial.Tinggi)
        from previous in MaybeValue(Gen.Choose(1, 9).Select(KotakTalenta.FromNomor))
        from status in Gen.Choose(0, 2).ArrayOf(4)
        from sumber in MaybeValue(OneOf(SumberPotensial.AssessmentCenter, SumberPotensial.Lainnya))
        select new DataTalentaPegawai(
            nip,
            years.Take(4).Select((p, i) => Kinerja(2024 - i, p, status[i])),
            useSkor ? NilaiPotensial.FromSkor(skor / 10m, sumber) : NilaiPotensial.FromTingkat(tingkat, sumber),
            previous);

    /// <summary>A year's predicates: computed only (0), set after the distribution only (1), or both, the set one a grade lower when it can be (2).</summary>
    public static KinerjaTahunan Kinerja(int tahun, PredikatKinerja predikat, int status) => status switch
    {
        0 => KinerjaTahunan.Terhitung(tahun, predikat),
        1 => KinerjaTahunan.Ditetapkan(tahun, predikat),
        _ => new KinerjaTahunan(tahun, predikat, predikat == PredikatKinerja.SangatKurang ? predikat : predikat - 1),
    };

    public static Gen<PetaTalentaOptions> PetaOptions =>
        from cut in Gen.Choose(1, 5)
        from g in OneOf(PenggabunganKinerja.TahunTerakhir, PenggabunganKinerja.TerendahDuaTahunTerakhir, PenggabunganKinerja.RataRataDuaTahunTerakhir)
        from hi in Gen.Choose(50, 100)
        from lo in Gen.Choose(0, 49)
        from belum in OneOf(KebijakanPredikatBelumDitetapkan.TidakDipetakan, KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung)
        from sumber in OneOf(KebijakanSumberPotensial.Disarankan, KebijakanSumberPotensial.Wajib)
        select new PetaTalentaOptions(Predikat.ToDictionary(p => p, p => (int)p < cut ? AsnKinerja.Ekspektasi.DiBawah : (int)p == cut ? AsnKinerja.Ekspektasi.Sesuai : AsnKinerja.Ekspektasi.DiAtas), g, hi, lo, belum, sumber);

    /// <summary>A placement of one employee under either talent-map rule set, with any options, for talent years around the amendment.</summary>
    public static Gen<PenempatanTalentaResult> Penempatan =>
        from rules in OneOf(PetaTalentaRules.PermenPanRb3Tahun2020, PetaTalentaRules.PermenPanRb20Tahun2025)
        from options in PetaOptions
        from nip in Nip
        from tahun in Gen.Choose(2023, 2027)
        from years in Gen.Elements(Predikat).ArrayOf(3)
        from status in Gen.Choose(0, 2).ArrayOf(3)
        from skor in Gen.Choose(0, 1000)
        from useSkor in Gen.Elements(true, false)
        from tingkat in OneOf(TingkatPotensial.Rendah, TingkatPotensial.Menengah, TingkatPotensial.Tinggi)
        from sumber in MaybeValue(OneOf(SumberPotensial.AssessmentCenter, SumberPotensial.Lainnya))
        let potensial = useSkor ? NilaiPotensial.FromSkor(skor / 10m, sumber) : NilaiPotensial.FromTingkat(tingkat, sumber)
        select rules.WithOptions(options).Evaluate(new DataTalentaPegawai(nip, years.Select((p, i) => Kinerja(tahun - i, p, status[i])), potensial), tahun);

    public static Gen<UmpanBalik> UmpanBalik(int i) =>
        from nilai in OneOf(NilaiBerakhlak.BerorientasiPelayanan, NilaiBerakhlak.Akuntabel, NilaiBerakhlak.Kolaboratif)
        from sumber in OneOf(SumberUmpanBalik.PejabatPenilai, SumberUmpanBalik.RekanKerja, SumberUmpanBalik.Bawahan)
        from date in Date
        from u in Text
        from bukti in Text.ArrayOf()
        from p in MaybeValue(Gen.Elements(Ekspektasi))
        from pemberi in MaybeValue(Nip)
        select new UmpanBalik("UB-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), nilai, sumber, date, u, bukti.Take(3), p, pemberi);

    public static Gen<PenilaianNilaiBerakhlak> PenilaianNilai =>
        from values in Gen.Elements(Ekspektasi).ArrayOf(7)
        from mask in Gen.Choose(0, 127)
        select PenilaianNilaiBerakhlak.Create(Enumerable.Range(0, 7).Where(i => (mask & (1 << i)) != 0).Select(i => new KeyValuePair<NilaiBerakhlak, AsnKinerja.Ekspektasi>((NilaiBerakhlak)(i + 1), values[i])));

    public static Gen<SaranRatingPerilaku> SaranPerilaku =>
        from p in PenilaianNilai
        from k in Gen.Elements(KebijakanSaranPerilaku.BuiltIn.ToArray())
        select PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(k)).Suggest(p);

    public static Gen<PenilaianPerilakuKerja> PenilaianPerilaku =>
        from rating in Gen.Elements(Ekspektasi)
        from nip in Nip
        from date in Date
        from saran in Maybe(SaranPerilaku)
        from why in Text
        select new PenilaianPerilakuKerja(rating, nip, date, saran, saran?.Saran is { } s && s != rating ? why : null);

    public static Gen<TimKerja> TimKerja(int i) =>
        from nama in Text
        from ketua in Nip
        from anggota in Nip.ArrayOf()
        select new AsnKinerja.Cascading.TimKerja("TIM-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), nama, ketua, anggota.Take(4));

    public static Gen<CascadingOptions> CascadingOptions =>
        from p in OneOf(KebijakanPenjumlahanTarget.Tepat, KebijakanPenjumlahanTarget.PalingSedikit, KebijakanPenjumlahanTarget.Toleransi)
        from t in Gen.Choose(0, 10000)
        from j in OneOf(KebijakanPerspektifJpt.Disarankan, KebijakanPerspektifJpt.Wajib)
        select new AsnKinerja.Cascading.CascadingOptions(p, t / 100m, j);

    /// <summary>A valid tree: unit i's parent is an earlier unit or none; the first employee placed in each unit is its head.</summary>
    public static Gen<StrukturOrganisasi> Struktur =>
        from n in Gen.Choose(1, 4)
        from parents in All(Enumerable.Range(0, n).Select(i => Gen.Choose(-1, i - 1)))
        from nips in Nip.ArrayOf()
        select BuildStruktur(parents, nips);

    /// <summary>A cascade input: SKPs with distinct IDs (their RHK IDs may repeat across SKPs), teams, and maybe a tree.</summary>
    public static Gen<CascadingGraph> Graph =>
        from skps in Skp.ArrayOf()
        from t in Gen.Choose(0, 3)
        from teams in All(Enumerable.Range(0, t).Select(TimKerja))
        from struktur in Maybe(Struktur)
        select CascadingGraph.Create(skps.GroupBy(s => s.Id, StringComparer.Ordinal).Select(g => g.First()).Take(4), teams, struktur);

    private static StrukturOrganisasi BuildStruktur(int[] parents, Nip[] nips)
    {
        string Unit(int i) => "U-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var units = parents.Select((p, i) => new UnitKerja(Unit(i), "Unit " + Unit(i), p < 0 ? null : Unit(p)));
        var placements = nips.Distinct().Take(6).Select((nip, k) => new PenempatanPegawai(nip, Unit(k % parents.Length), k < parents.Length));
        return StrukturOrganisasi.Create(units, placements).Value;
    }

    private static Skp Build(
        string id, Nip pegawai, Jabatan jabatan, PeriodeKinerja periode, PejabatPenilaiKinerja ppk, Pejabat? atasan, JenisSkp jenis, PertimbanganPenilaian[] pertimbangan,
        StatusSkp status, LocalDate? tanggal, PendekatanSkp pendekatan, StatusKepegawaian pns, RencanaHasilKerja[] rhk, int nilai, string? khusus, string[] lampiran)
    {
        var builder = new SkpBuilder(id, pegawai, jabatan, "UNIT-1", periode)
            .WithPejabatPenilai(ppk)
            .WithAtasanPejabatPenilai(atasan)
            .WithJenis(jenis)
            .WithStatus(status, tanggal)
            .WithPendekatan(pendekatan)
            .WithStatusKepegawaian(pns)
            .WithLampiran(new LampiranSkp(lampiran.Take(2), lampiran.Skip(2).Take(1), lampiran.Skip(3).Take(2)));
        foreach (var r in rhk)
        {
            builder.AddHasilKerja(r);
        }

        foreach (var p in pertimbangan.Take(2))
        {
            builder.AddPertimbangan(p);
        }

        for (var v = 1; v <= nilai; v++)
        {
            builder.AddPerilakuKerja((NilaiBerakhlak)v, v == 1 ? khusus : null);
        }

        return builder.Build();
    }
}
