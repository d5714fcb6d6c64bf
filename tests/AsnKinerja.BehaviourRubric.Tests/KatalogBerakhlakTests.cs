using System.Globalization;
using AsnKinerja.Testing;
using NodaTime;

namespace AsnKinerja.BehaviourRubric.Tests;

public class KatalogBerakhlakTests
{
    /// <summary>
    /// The 21 behaviour guides of SE MenPANRB 20/2021, written from the circular's list (not from the code):
    /// value, code, number and official Indonesian wording.
    /// </summary>
    public static readonly TheoryData<NilaiBerakhlak, string, int, string> Resmi = new()
    {
        { NilaiBerakhlak.BerorientasiPelayanan, "BO-1", 1, "Memahami dan memenuhi kebutuhan masyarakat" },
        { NilaiBerakhlak.BerorientasiPelayanan, "BO-2", 2, "Ramah, cekatan, solutif, dan dapat diandalkan" },
        { NilaiBerakhlak.BerorientasiPelayanan, "BO-3", 3, "Melakukan perbaikan tiada henti" },
        { NilaiBerakhlak.Akuntabel, "AK-1", 1, "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi" },
        { NilaiBerakhlak.Akuntabel, "AK-2", 2, "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien" },
        { NilaiBerakhlak.Akuntabel, "AK-3", 3, "Tidak menyalahgunakan kewenangan jabatan" },
        { NilaiBerakhlak.Kompeten, "KO-1", 1, "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah" },
        { NilaiBerakhlak.Kompeten, "KO-2", 2, "Membantu orang lain belajar" },
        { NilaiBerakhlak.Kompeten, "KO-3", 3, "Melaksanakan tugas dengan kualitas terbaik" },
        { NilaiBerakhlak.Harmonis, "HA-1", 1, "Menghargai setiap orang apapun latar belakangnya" },
        { NilaiBerakhlak.Harmonis, "HA-2", 2, "Suka menolong orang lain" },
        { NilaiBerakhlak.Harmonis, "HA-3", 3, "Membangun lingkungan kerja yang kondusif" },
        { NilaiBerakhlak.Loyal, "LO-1", 1, "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah" },
        { NilaiBerakhlak.Loyal, "LO-2", 2, "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara" },
        { NilaiBerakhlak.Loyal, "LO-3", 3, "Menjaga rahasia jabatan dan negara" },
        { NilaiBerakhlak.Adaptif, "AD-1", 1, "Cepat menyesuaikan diri menghadapi perubahan" },
        { NilaiBerakhlak.Adaptif, "AD-2", 2, "Terus berinovasi dan mengembangkan kreativitas" },
        { NilaiBerakhlak.Adaptif, "AD-3", 3, "Bertindak proaktif" },
        { NilaiBerakhlak.Kolaboratif, "KL-1", 1, "Memberi kesempatan kepada berbagai pihak untuk berkontribusi" },
        { NilaiBerakhlak.Kolaboratif, "KL-2", 2, "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah" },
        { NilaiBerakhlak.Kolaboratif, "KL-3", 3, "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama" },
    };

    private static KatalogBerakhlak Katalog => KatalogBerakhlak.SeMenPanRb20Tahun2021;

    private static IEnumerable<(NilaiBerakhlak Nilai, string Kode, int Nomor, string Teks)> Expected =>
        Resmi.Select(r => ((NilaiBerakhlak)r[0], (string)r[1], (int)r[2], (string)r[3]));

    [Theory]
    [MemberData(nameof(Resmi))]
    public void GetPanduan_EveryOfficialGuide_HasValueNumberAndExactIndonesianText(NilaiBerakhlak nilai, string kode, int nomor, string teks)
    {
        var p = Katalog.GetPanduan(kode);

        Assert.Equal(kode, p.Kode);
        Assert.Equal(nilai, p.Nilai);
        Assert.Equal(nomor, p.Nomor);
        Assert.Equal(teks, p.Teks.Indonesian);
        Assert.Same(p, Katalog.GetNilai(nilai).Panduan[nomor - 1]);
        Assert.False(string.IsNullOrWhiteSpace(p.Teks.English));
    }

    [Fact]
    public void Panduan_WholeCatalogue_Is21GuidesInOfficialOrder()
    {
        Assert.Equal(21, Katalog.Panduan.Length);
        Assert.Equal(Expected.Select(e => e.Kode), Katalog.Panduan.Select(p => p.Kode));
        Assert.Equal(Expected.Select(e => e.Teks), Katalog.Panduan.Select(p => p.Teks.Indonesian));
    }

    [Fact]
    public void Nilai_SevenValuesInAcronymOrder_WithCodesNamesAndThreeGuidesEach()
    {
        var expected = new (NilaiBerakhlak, string, string, string)[]
        {
            (NilaiBerakhlak.BerorientasiPelayanan, "BO", "Berorientasi Pelayanan", "Service-oriented"),
            (NilaiBerakhlak.Akuntabel, "AK", "Akuntabel", "Accountable"),
            (NilaiBerakhlak.Kompeten, "KO", "Kompeten", "Competent"),
            (NilaiBerakhlak.Harmonis, "HA", "Harmonis", "Harmonious"),
            (NilaiBerakhlak.Loyal, "LO", "Loyal", "Loyal"),
            (NilaiBerakhlak.Adaptif, "AD", "Adaptif", "Adaptive"),
            (NilaiBerakhlak.Kolaboratif, "KL", "Kolaboratif", "Collaborative"),
        };

        Assert.Equal(expected, Katalog.Nilai.Select(n => (n.Nilai, n.Kode, n.Nama.Indonesian, n.Nama.English)));
        Assert.All(Katalog.Nilai, n => Assert.Equal(new[] { 1, 2, 3 }, n.Panduan.Select(p => p.Nomor)));
    }

    [Fact]
    public void Panduan_NoTextAppearsTwice_InEitherLanguage()
    {
        Assert.Equal(21, Katalog.Panduan.Select(p => p.Teks.Indonesian).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(21, Katalog.Panduan.Select(p => p.Teks.English).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(21, Katalog.Panduan.Select(p => p.Kode).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Panduan_EveryGuide_SitsUnderItsOwnValue()
    {
        Assert.Empty(MisfiledGuides(Katalog.Nilai.SelectMany(n => n.Panduan.Select(p => (n.Nilai, p.Teks.Indonesian)))));
        Assert.All(Katalog.Nilai, n => Assert.All(n.Panduan, p => Assert.StartsWith(n.Kode + "-", p.Kode, StringComparison.Ordinal)));
    }

    [Fact]
    public void MisfiledGuides_KnownPublicCopyPasteBug_IsCaught()
    {
        // The bug shipped by a public SKP app: a Harmonis guide listed under Kompeten and a Kolaboratif guide under Adaptif.
        var buggy = Expected.Select(e => (e.Nilai, e.Teks)).ToList();
        buggy[8] = (NilaiBerakhlak.Kompeten, "Suka menolong orang lain");
        buggy[17] = (NilaiBerakhlak.Adaptif, "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah");

        var misfiled = MisfiledGuides(buggy);

        Assert.Equal(
            new[] { "Suka menolong orang lain under Kompeten", "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah under Adaptif" },
            misfiled);
        Assert.Contains(buggy.GroupBy(b => b.Teks), g => g.Count() > 1);
    }

    [Theory]
    [InlineData("ko-2", "KO-2")]
    [InlineData(" KL-3 ", "KL-3")]
    [InlineData("Bo-1", "BO-1")]
    public void TryGetPanduan_CaseAndSpaceVariants_FindTheGuide(string input, string kode)
    {
        Assert.True(Katalog.TryGetPanduan(input, out var p));
        Assert.Equal(kode, p.Kode);
    }

    [Theory]
    [InlineData("KO-4")]
    [InlineData("XX-1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetPanduan_UnknownCode_ReturnsFalse(string? input)
    {
        Assert.False(Katalog.TryGetPanduan(input, out var p));
        Assert.Null(p);
    }

    [Theory]
    [InlineData("\u212AO-2")]
    [InlineData("\u212Al-3")]
    [InlineData("\uFF2BO-1")]
    public void TryGetPanduan_LookAlikeOfAnAsciiLetter_IsNotThatLetter(string input)
    {
        Assert.False(Katalog.TryGetPanduan(input, out _));
        Assert.False(NilaiBerakhlakExtensions.TryParseKode(input.Substring(0, 2), out _));
    }

    [Fact]
    public void GetPanduan_UnknownHugeCode_MessageQuotesAtMost64Characters()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Katalog.GetPanduan(new string('K', 10_000)));

        Assert.StartsWith("No behaviour guide with code '" + new string('K', 64) + "…' (10000 characters) in catalogue", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetPanduan_UnknownCode_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Katalog.GetPanduan("HA-9"));
        Assert.Throws<ArgumentNullException>(() => Katalog.GetPanduan(null!));
    }

    [Fact]
    public void Katalog_OfTheRules_IsTheCatalogueOfTheCircular()
    {
        var rules = PerilakuKerjaRules.SeMenPanRb20Tahun2021;

        Assert.Same(Katalog, rules.Katalog);
        Assert.Equal(RuleSetId.SeMenPanRb20Tahun2021, Katalog.RuleSet);
        Assert.Same(RuleSet.SeMenPanRb20Tahun2021, rules.RuleSet);
        Assert.Equal(new LocalDate(2021, 8, 26), rules.RuleSet.EffectiveFrom);
        Assert.Null(rules.RuleSet.EffectiveUntil);
    }

    [Fact]
    public void Registry_ByIdAndByDecisionDate_FindsTheCatalogueOrNone()
    {
        var registry = RuleSetRegistry.Create(PerilakuKerjaRules.All);

        Assert.Same(Katalog, registry.Get<IPerilakuKerjaRules>(RuleSetId.SeMenPanRb20Tahun2021).Katalog);
        Assert.Throws<KeyNotFoundException>(() => registry.Get<IPerilakuKerjaRules>(new RuleSetId("SeMenPanRb99Tahun2099")));
        Assert.False(registry.TryFind<IPerilakuKerjaRules>(new LocalDate(2021, 8, 25), PeriodeKinerja.Tahunan(2021), out _));
        Assert.Same(Katalog, registry.Find<IPerilakuKerjaRules>(new LocalDate(2021, 8, 26), PeriodeKinerja.Tahunan(2021)).Katalog);
        Assert.Same(Katalog, registry.Find<IPerilakuKerjaRules>(new LocalDate(2030, 1, 1), PeriodeKinerja.Tahunan(2029)).Katalog);
    }

    [Theory]
    [InlineData("Melaksanakan tugas dengan jujur, bertanggungjawab, cermat, disiplin dan berintegritas tinggi", "AK-1")]
    [InlineData("Menggunakan kekayaan dan barang milik negara secara bertanggungjawab, efektif, dan efisien", "AK-2")]
    [InlineData("Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah", "LO-1")]
    [InlineData("Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara", "LO-2")]
    [InlineData("Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama", "KL-3")]
    [InlineData("  membantu orang lain   belajar. ", "KO-2")]
    [InlineData("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi", "AK-1")]
    public void TryFindPanduan_SpellingVariantsOfTheFormsCopies_FindTheCanonicalGuide(string teks, string kode)
    {
        Assert.True(Katalog.TryFindPanduan(teks, out var p));
        Assert.Equal(kode, p.Kode);
    }

    [Fact]
    public void TryFindPanduan_EveryCanonicalText_FindsItsOwnGuide()
    {
        Assert.All(Katalog.Panduan, p => Assert.Same(p, Katalog.TryFindPanduan(p.Teks.Indonesian, out var found) ? found : null));
    }

    [Theory]
    [InlineData("Pegawai membantu orang lain belajar")]
    [InlineData("Help others learn")]
    [InlineData(" ,. ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFindPanduan_OtherText_ReturnsFalse(string? teks)
    {
        Assert.False(Katalog.TryFindPanduan(teks, out var p));
        Assert.Null(p);
    }

    [Theory]
    [InlineData(NilaiBerakhlak.BerorientasiPelayanan, "BO")]
    [InlineData(NilaiBerakhlak.Akuntabel, "AK")]
    [InlineData(NilaiBerakhlak.Kompeten, "KO")]
    [InlineData(NilaiBerakhlak.Harmonis, "HA")]
    [InlineData(NilaiBerakhlak.Loyal, "LO")]
    [InlineData(NilaiBerakhlak.Adaptif, "AD")]
    [InlineData(NilaiBerakhlak.Kolaboratif, "KL")]
    public void ToKode_EveryValue_RoundTripsThroughTryParseKode(NilaiBerakhlak nilai, string kode)
    {
        Assert.Equal(kode, nilai.ToKode());
        Assert.True(NilaiBerakhlakExtensions.TryParseKode(kode.ToLowerInvariant(), out var parsed));
        Assert.Equal(nilai, parsed);
    }

    [Fact]
    public void ToKode_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((NilaiBerakhlak)0).ToKode());
        Assert.Throws<ArgumentOutOfRangeException>(() => Katalog.GetNilai((NilaiBerakhlak)8));
        Assert.False(NilaiBerakhlakExtensions.TryParseKode("XX", out _));
    }

    [Fact]
    public void Lookups_UnderEveryCulture_GiveTheSameAnswer()
    {
        var results = Cultures.UnderEach(() => string.Join("|",
            Katalog.GetPanduan("ko-2").Kode,
            Katalog.TryGetPanduan("kl-1", out var kl) ? kl.Teks.Indonesian : "-",
            NilaiBerakhlakExtensions.TryParseKode("ad", out var ad) ? ad.ToString() : "-",
            Katalog.ToString()));

        Assert.All(results, r => Assert.Equal("KO-2|Memberi kesempatan kepada berbagai pihak untuk berkontribusi|Adaptif|SeMenPanRb20Tahun2021 (7 nilai, 21 panduan perilaku)", r));
    }

    [Fact]
    public void GetTeks_ByCulture_EnglishOnlyForEnglishCultures()
    {
        var p = Katalog.GetPanduan("HA-2");
        Assert.Equal("Suka menolong orang lain", p.Teks.Get(Cultures.Get("id-ID")));
        Assert.Equal("Suka menolong orang lain", p.Teks.Get(CultureInfo.InvariantCulture));
        Assert.Equal("Be glad to help others", p.Teks.Get(Cultures.Get("en-GB")));
        Assert.Equal("Harmonious", Katalog.GetNilai(NilaiBerakhlak.Harmonis).Nama.Get(Cultures.Get("en-US")));
    }

    /// <summary>
    /// Every (value, Indonesian text) pair whose text belongs, by the official list, to another value. Written against
    /// the expected table above, so it catches a guide copied under the wrong value.
    /// </summary>
    private static List<string> MisfiledGuides(IEnumerable<(NilaiBerakhlak Nilai, string Teks)> catalogue)
    {
        var owner = Expected.ToDictionary(e => e.Teks, e => e.Nilai, StringComparer.Ordinal);
        return catalogue
            .Where(c => !owner.TryGetValue(c.Teks, out var o) || o != c.Nilai)
            .Select(c => c.Teks + " under " + c.Nilai)
            .ToList();
    }
}
