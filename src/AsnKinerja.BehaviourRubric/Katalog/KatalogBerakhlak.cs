using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// A catalogue of the ASN core values (<em>nilai dasar</em>) and their behaviour guides (<em>panduan perilaku</em>) under
/// one rule set. <see cref="SeMenPanRb20Tahun2021"/> holds the seven BerAKHLAK values of SE MenPANRB 20/2021 with three
/// guides each (21 in all), in the circular's wording.
/// </summary>
/// <remarks>
/// <para>
/// A later change of the core values arrives as a new rule set whose behaviour rules (<see cref="IPerilakuKerjaRules"/>)
/// carry their own catalogue; the catalogue in force for an SKP is found with the rules, by rule set ID or by decision
/// date and period (<see cref="RuleSetRegistry"/>), so an old SKP is always read against the catalogue of its rule set.
/// </para>
/// <para>
/// The catalogue is built once and checked on construction: every value appears once, in the order of the acronym,
/// every guide sits under its own value, codes and texts are unique (also once the spelling variants that
/// <see cref="TryFindPanduan"/> accepts are folded). Immutable and thread-safe; equality is by <see cref="RuleSet"/>.
/// </para>
/// </remarks>
public sealed class KatalogBerakhlak : IEquatable<KatalogBerakhlak>
{
    private KatalogBerakhlak(RuleSetId ruleSet, ImmutableArray<NilaiDasarBerakhlak> nilai)
    {
        RuleSet = ruleSet;
        Nilai = nilai;
        Panduan = nilai.SelectMany(n => n.Panduan).ToImmutableArray();

        var kode = new HashSet<string>(StringComparer.Ordinal);
        var teks = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < nilai.Length; i++)
        {
            Preconditions.CheckArgument(nilai[i].Nilai == (NilaiBerakhlak)(i + 1), nameof(nilai), "Values must be listed once each, in the order of the acronym.");
        }

        foreach (var p in Panduan)
        {
            Preconditions.CheckArgument(kode.Add(p.Kode), nameof(nilai), "Guide codes must be unique.");
            Preconditions.CheckArgument(teks.Add(Fold(p.Teks.Indonesian)) && teks.Add("en:" + p.Teks.English), nameof(nilai), "Guide texts must not appear twice.");
        }
    }

    /// <summary>
    /// The catalogue of SE MenPANRB 20/2021 <em>tentang Implementasi Core Values dan Employer Branding ASN</em>
    /// (26 August 2021): the seven BerAKHLAK values with three behaviour guides each. It is the catalogue of
    /// <see cref="PerilakuKerjaRules.SeMenPanRb20Tahun2021"/>.
    /// </summary>
    public static KatalogBerakhlak SeMenPanRb20Tahun2021 { get; } = CreateSeMenPanRb20Tahun2021();

    /// <summary>The rule set the catalogue belongs to (its effective dates are those of the rule set's descriptor).</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The core values, in the order of the acronym.</summary>
    public ImmutableArray<NilaiDasarBerakhlak> Nilai { get; }

    /// <summary>Every behaviour guide, value by value, in the circular's order.</summary>
    public ImmutableArray<PanduanPerilaku> Panduan { get; }

    /// <summary>Whether two catalogues belong to the same rule set.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KatalogBerakhlak? left, KatalogBerakhlak? right) => Equals(left, right);

    /// <summary>Whether two catalogues belong to different rule sets.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KatalogBerakhlak? left, KatalogBerakhlak? right) => !Equals(left, right);

    /// <summary>The entry of a core value.</summary>
    /// <param name="nilai">The value.</param>
    /// <returns>The entry, with its guides.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public NilaiDasarBerakhlak GetNilai(NilaiBerakhlak nilai) => Nilai[(int)Preconditions.CheckDefined(nilai) - 1];

    /// <summary>The guide with a code such as <c>KO-2</c>.</summary>
    /// <param name="kode">The code; ASCII case and surrounding white space are ignored.</param>
    /// <returns>The guide.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No guide has this code.</exception>
    public PanduanPerilaku GetPanduan(string kode) =>
        TryGetPanduan(Preconditions.CheckNotNull(kode), out var panduan)
            ? panduan
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No behaviour guide with code {0} in catalogue '{1}'.", Preconditions.Quote(kode), RuleSet));

    /// <summary>Tries to find the guide with a code such as <c>KO-2</c>.</summary>
    /// <param name="kode">The code; ASCII case and surrounding white space are ignored.</param>
    /// <param name="panduan">The guide when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetPanduan([NotNullWhen(true)] string? kode, [NotNullWhen(true)] out PanduanPerilaku? panduan)
    {
        var k = kode?.Trim();
        panduan = Panduan.FirstOrDefault(p => AsciiText.EqualsIgnoreCase(p.Kode, k));
        return panduan is not null;
    }

    /// <summary>
    /// Tries to find the guide with an Indonesian text, as an SKP form or another system prints it. The comparison
    /// ignores case, white space and punctuation, and accepts the spelling variants found in copies of the form:
    /// "bertanggungjawab" for "bertanggung jawab", "sumberdaya" for "sumber daya", "Negara Kesatuan Republik Indonesia"
    /// for "NKRI", and capitals such as "Pimpinan, Instansi, dan Negara".
    /// </summary>
    /// <param name="teks">The text of a guide in Bahasa Indonesia.</param>
    /// <param name="panduan">The guide when found.</param>
    /// <returns>Whether a guide has that text.</returns>
    public bool TryFindPanduan([NotNullWhen(true)] string? teks, [NotNullWhen(true)] out PanduanPerilaku? panduan)
    {
        var folded = teks is null ? null : Fold(teks);
        panduan = folded is null || folded.Length == 0 ? null : Panduan.FirstOrDefault(p => string.Equals(Fold(p.Teks.Indonesian), folded, StringComparison.Ordinal));
        return panduan is not null;
    }

    /// <inheritdoc />
    public bool Equals(KatalogBerakhlak? other) => other is not null && RuleSet == other.RuleSet;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KatalogBerakhlak);

    /// <inheritdoc />
    public override int GetHashCode() => RuleSet.GetHashCode();

    /// <summary>The rule set and the size, e.g. <c>SeMenPanRb20Tahun2021 (7 nilai, 21 panduan perilaku)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1} nilai, {2} panduan perilaku)", RuleSet, Nilai.Length, Panduan.Length);

    private static KatalogBerakhlak CreateSeMenPanRb20Tahun2021()
    {
        // Wording of the panduan perilaku as SE MenPANRB 20/2021 lists them, in the spaced spellings of the copies that
        // quote the circular (see docs/behaviour-rubric.md for the copies and the variants TryFindPanduan accepts).
        // English translations are the library's own.
        var nilai = ImmutableArray.Create(
            Value(NilaiBerakhlak.BerorientasiPelayanan, "Berorientasi Pelayanan", "Service-oriented",
                ("Memahami dan memenuhi kebutuhan masyarakat", "Understand and meet the needs of the public"),
                ("Ramah, cekatan, solutif, dan dapat diandalkan", "Be friendly, quick, solution-minded and dependable"),
                ("Melakukan perbaikan tiada henti", "Keep improving, without end")),
            Value(NilaiBerakhlak.Akuntabel, "Akuntabel", "Accountable",
                ("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi", "Carry out duties honestly, responsibly, carefully, with discipline and high integrity"),
                ("Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien", "Use state assets and property responsibly, effectively and efficiently"),
                ("Tidak menyalahgunakan kewenangan jabatan", "Never abuse the authority of one's office")),
            Value(NilaiBerakhlak.Kompeten, "Kompeten", "Competent",
                ("Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah", "Raise one's own competence to meet ever-changing challenges"),
                ("Membantu orang lain belajar", "Help others learn"),
                ("Melaksanakan tugas dengan kualitas terbaik", "Carry out duties to the best quality")),
            Value(NilaiBerakhlak.Harmonis, "Harmonis", "Harmonious",
                ("Menghargai setiap orang apapun latar belakangnya", "Respect everyone, whatever their background"),
                ("Suka menolong orang lain", "Be glad to help others"),
                ("Membangun lingkungan kerja yang kondusif", "Build a conducive working environment")),
            Value(NilaiBerakhlak.Loyal, "Loyal", "Loyal",
                ("Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah", "Hold firmly to the Pancasila ideology and the 1945 Constitution of the Republic of Indonesia, and be faithful to the Unitary State of the Republic of Indonesia and its lawful government"),
                ("Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara", "Guard the good name of fellow civil servants, leaders, the agency and the state"),
                ("Menjaga rahasia jabatan dan negara", "Keep official and state secrets")),
            Value(NilaiBerakhlak.Adaptif, "Adaptif", "Adaptive",
                ("Cepat menyesuaikan diri menghadapi perubahan", "Adjust quickly to change"),
                ("Terus berinovasi dan mengembangkan kreativitas", "Keep innovating and developing creativity"),
                ("Bertindak proaktif", "Act proactively")),
            Value(NilaiBerakhlak.Kolaboratif, "Kolaboratif", "Collaborative",
                ("Memberi kesempatan kepada berbagai pihak untuk berkontribusi", "Give various parties the chance to contribute"),
                ("Terbuka dalam bekerja sama untuk menghasilkan nilai tambah", "Be open to working together to create added value"),
                ("Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama", "Mobilise the use of various resources for shared goals")));

        return new KatalogBerakhlak(RuleSetId.SeMenPanRb20Tahun2021, nilai);
    }

    private static NilaiDasarBerakhlak Value(NilaiBerakhlak nilai, string nama, string name, params (string Teks, string Text)[] panduan) =>
        new(nilai, new LocalizedText(nama, name), panduan.Select((p, i) => new PanduanPerilaku(nilai, i + 1, new LocalizedText(p.Teks, p.Text))).ToImmutableArray());

    /// <summary>
    /// The form a guide's text is compared in: lower case, letters and digits only, with the spelled-out name of the
    /// unitary state folded to its acronym, so the spelling variants of the form's copies compare equal.
    /// </summary>
    private static string Fold(string teks)
    {
        var builder = new StringBuilder(teks.Length);
        foreach (var c in teks)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.Replace("negarakesatuanrepublikindonesia", "nkri").ToString();
    }
}
