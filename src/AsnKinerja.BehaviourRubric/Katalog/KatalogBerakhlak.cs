using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// A versioned catalogue of the ASN core values (<em>nilai dasar</em>) and their behaviour guides (<em>panduan
/// perilaku</em>). <see cref="SeMenPanRb20Tahun2021"/> holds the seven BerAKHLAK values of SE MenPANRB 20/2021 with
/// three guides each (21 in all), in the circular's wording.
/// </summary>
/// <remarks>
/// <para>
/// A later change of the core values arrives as a new catalogue version with its own <see cref="Id"/> and
/// <see cref="EffectiveFrom"/>; old versions stay in <see cref="Versions"/>, so an old SKP is always read against the
/// catalogue in force when it was set. Versions are found by ID (<see cref="Get"/>) or by date (<see cref="FindApplicable"/>).
/// </para>
/// <para>
/// The catalogue is built once and checked on construction: every value appears once, in the order of the acronym,
/// every guide sits under its own value, codes and texts are unique. Immutable and thread-safe; equality is by
/// <see cref="Id"/>.
/// </para>
/// </remarks>
public sealed class KatalogBerakhlak : IEquatable<KatalogBerakhlak>
{
    private KatalogBerakhlak(string id, RuleSetId ruleSet, LocalDate effectiveFrom, LocalDate? effectiveUntil, ImmutableArray<NilaiDasarBerakhlak> nilai)
    {
        Id = id;
        RuleSet = ruleSet;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
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
            Preconditions.CheckArgument(teks.Add(p.TeksId) && teks.Add("en:" + p.TeksEn), nameof(nilai), "Guide texts must not appear twice.");
        }
    }

    /// <summary>
    /// The catalogue of SE MenPANRB 20/2021 <em>tentang Implementasi Core Values dan Employer Branding ASN</em>
    /// (26 August 2021): the seven BerAKHLAK values with three behaviour guides each.
    /// </summary>
    public static KatalogBerakhlak SeMenPanRb20Tahun2021 { get; } = CreateSeMenPanRb20Tahun2021();

    /// <summary>Every catalogue version this library knows, oldest first. Versions are never removed.</summary>
    public static ImmutableArray<KatalogBerakhlak> Versions { get; } = ImmutableArray.Create(SeMenPanRb20Tahun2021);

    /// <summary>The stable version identifier, e.g. <c>SeMenPanRb20Tahun2021</c>. Never changes once shipped.</summary>
    public string Id { get; }

    /// <summary>The rule set the catalogue belongs to.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The first date the catalogue applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last date it applies to, or null while it is in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The core values, in the order of the acronym.</summary>
    public ImmutableArray<NilaiDasarBerakhlak> Nilai { get; }

    /// <summary>Every behaviour guide, value by value, in the circular's order.</summary>
    public ImmutableArray<PanduanPerilaku> Panduan { get; }

    /// <summary>Whether two catalogues have the same ID.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KatalogBerakhlak? left, KatalogBerakhlak? right) => Equals(left, right);

    /// <summary>Whether two catalogues have different IDs.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KatalogBerakhlak? left, KatalogBerakhlak? right) => !Equals(left, right);

    /// <summary>The catalogue version with this ID.</summary>
    /// <param name="id">The version ID, e.g. <c>SeMenPanRb20Tahun2021</c> (ordinal).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No version has this ID.</exception>
    public static KatalogBerakhlak Get(string id) =>
        TryGet(Preconditions.CheckNotNull(id), out var katalog)
            ? katalog
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No BerAKHLAK catalogue with ID {0}.", Preconditions.Quote(id)));

    /// <summary>Tries to find the catalogue version with this ID.</summary>
    /// <param name="id">The version ID (ordinal).</param>
    /// <param name="katalog">The catalogue when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out KatalogBerakhlak? katalog)
    {
        katalog = Versions.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
        return katalog is not null;
    }

    /// <summary>The catalogue in force on a date (for an SKP, the first day of its period), or null before the first version.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The catalogue, or null.</returns>
    public static KatalogBerakhlak? FindApplicable(LocalDate date) => Versions.FirstOrDefault(k => k.AppliesOn(date));

    /// <summary>Whether the catalogue applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <paramref name="date"/> is within the effective dates.</returns>
    public bool AppliesOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

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
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No behaviour guide with code {0} in catalogue '{1}'.", Preconditions.Quote(kode), Id));

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

    /// <inheritdoc />
    public bool Equals(KatalogBerakhlak? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KatalogBerakhlak);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The ID and the first effective date.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} (sejak {1:yyyy-MM-dd})", Id, EffectiveFrom);

    private static KatalogBerakhlak CreateSeMenPanRb20Tahun2021()
    {
        // Wording of the panduan perilaku as SE MenPANRB 20/2021 lists them (see docs/behaviour-rubric.md for the
        // copies it was checked against). English translations are the library's own.
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

        return new KatalogBerakhlak("SeMenPanRb20Tahun2021", RuleSetId.SeMenPanRb20Tahun2021, new LocalDate(2021, 8, 26), null, nilai);
    }

    private static NilaiDasarBerakhlak Value(NilaiBerakhlak nilai, string namaId, string namaEn, params (string Id, string En)[] panduan) =>
        new(nilai, namaId, namaEn, panduan.Select((p, i) => new PanduanPerilaku(nilai, i + 1, p.Id, p.En)).ToImmutableArray());
}
