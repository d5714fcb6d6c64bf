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
        select AsnKinerja.Nip.FromParts(new LocalDate(birth, m, d), new YearMonth(birth + years, am), g, n);

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
        from kind in Gen.Choose(1, 4)
        from q in OneOf(Triwulan.I, Triwulan.II, Triwulan.III, Triwulan.IV)
        from m in Gen.Choose(1, 12)
        from start in Gen.Choose(0, 300)
        from length in Gen.Choose(0, 100)
        select kind switch
        {
            1 => PeriodeKinerja.Tahunan(y),
            2 => PeriodeKinerja.Triwulanan(y, q),
            3 => PeriodeKinerja.Bulanan(y, m),
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
        from ppkNip in Nip.Where(n => n != pegawai)
        from ppkJabatan in Jabatan
        from kewenangan in OneOf(KewenanganPenilai.Definitif, KewenanganPenilai.Plt, KewenanganPenilai.Plh, KewenanganPenilai.Delegasi)
        from atasan in MaybeValue(Nip)
        from status in OneOf(StatusSkp.Draf, StatusSkp.Diajukan, StatusSkp.Disetujui, StatusSkp.Ditutup)
        from tanggal in MaybeValue(Date)
        from pendekatan in OneOf(PendekatanSkp.Kuantitatif, PendekatanSkp.Kualitatif)
        from pns in OneOf(StatusKepegawaian.Pns, StatusKepegawaian.Pppk)
        from n in Gen.Choose(0, 3)
        from rhk in Gens.All(Enumerable.Range(0, n).Select(Rhk))
        from nilai in Gen.Choose(0, 7)
        from khusus in Maybe(Text)
        from lampiran in Text.ArrayOf()
        select Build(id, pegawai, jabatan, periode, ppkNip, ppkJabatan, kewenangan, atasan, status, tanggal, pendekatan, pns, rhk, nilai, khusus, lampiran);

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
            ? from p in Gen.Elements(PredikatOrganisasi) from r in Gen.Elements(Ekspektasi) from m in Pemetaan select KuadranKinerja.PermenPanRb6Tahun2022.EvaluateKepalaUnit(p, r, m)
            : from h in Gen.Elements(Ekspektasi) from r in Gen.Elements(Ekspektasi) select KuadranKinerja.PermenPanRb6Tahun2022.Evaluate(h, r));

    public static Gen<KeputusanPredikat> Keputusan =>
        from t in Terhitung
        from change in Gen.Elements(true, false)
        from p in Gen.Elements(Predikat)
        from nip in Nip
        from date in Date
        from why in Text
        select change && p != t.Predikat ? KeputusanPredikat.Ubah(t, p, nip, date, why) : KeputusanPredikat.Terima(t);

    public static Gen<DataTalentaPegawai> DataTalenta =>
        from nip in Nip
        from years in Gen.Elements(Predikat).ArrayOf()
        from skor in Gen.Choose(0, 1000)
        from useSkor in Gen.Elements(true, false)
        from tingkat in OneOf(TingkatPotensial.Rendah, TingkatPotensial.Menengah, TingkatPotensial.Tinggi)
        from previous in MaybeValue(Gen.Choose(1, 9).Select(KotakTalenta.FromNomor))
        select new DataTalentaPegawai(nip, years.Take(4).Select((p, i) => new KinerjaTahunan(2024 - i, p)), useSkor ? NilaiPotensial.FromSkor(skor / 10m) : NilaiPotensial.FromTingkat(tingkat), previous);

    public static Gen<PetaTalentaOptions> PetaOptions =>
        from cut in Gen.Choose(1, 5)
        from g in OneOf(PenggabunganKinerja.TahunTerakhir, PenggabunganKinerja.TerendahDuaTahunTerakhir, PenggabunganKinerja.RataRataDuaTahunTerakhir)
        from hi in Gen.Choose(50, 100)
        from lo in Gen.Choose(0, 49)
        select new PetaTalentaOptions(Predikat.ToDictionary(p => p, p => (int)p < cut ? AsnKinerja.Ekspektasi.DiBawah : (int)p == cut ? AsnKinerja.Ekspektasi.Sesuai : AsnKinerja.Ekspektasi.DiAtas), g, hi, lo);

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
        select RatingPerilakuKerja.Suggest(p, k);

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
        string id, Nip pegawai, Jabatan jabatan, PeriodeKinerja periode, Nip ppkNip, Jabatan ppkJabatan, KewenanganPenilai kewenangan, Nip? atasan,
        StatusSkp status, LocalDate? tanggal, PendekatanSkp pendekatan, StatusKepegawaian pns, RencanaHasilKerja[] rhk, int nilai, string? khusus, string[] lampiran)
    {
        var builder = new SkpBuilder(id, pegawai, jabatan, "UNIT-1", periode)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(ppkNip, ppkJabatan, kewenangan))
            .WithAtasanPejabatPenilai(atasan)
            .WithStatus(status, tanggal)
            .WithPendekatan(pendekatan)
            .WithStatusKepegawaian(pns)
            .WithLampiran(new LampiranSkp(lampiran.Take(2), lampiran.Skip(2).Take(1), lampiran.Skip(3).Take(2)));
        foreach (var r in rhk)
        {
            builder.AddHasilKerja(r);
        }

        for (var v = 1; v <= nilai; v++)
        {
            builder.AddPerilakuKerja((NilaiBerakhlak)v, v == 1 ? khusus : null);
        }

        return builder.Build();
    }
}
