using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AsnKinerja.NineBox;

/// <summary>
/// The policies of the talent map where the regulations are silent [L], each reported in every explanation that used
/// it: how the five predicates map to the three performance levels, how several years combine, and the cut-offs that
/// turn a 0–100 potential score into a level (every rule set); and, for rule sets that read the predicate set after the
/// distribution and potential from assessment-centre results (PermenPANRB 20/2025), what to do with a year whose
/// predicate is not yet set and with a potential from another source.
/// </summary>
/// <remarks>
/// Validated once at construction, with every error reported together in one <see cref="ArgumentException"/>.
/// Immutable and thread-safe. <see cref="Default"/> holds the documented defaults.
/// </remarks>
public sealed class PetaTalentaOptions
{
    /// <summary>The policy name of the predicate mapping, as reported in explanations.</summary>
    public const string PemetaanPredikatPolicyName = "PemetaanPredikatKinerja";

    /// <summary>The policy name of the combination of years, as reported in explanations.</summary>
    public const string PenggabunganPolicyName = "PenggabunganKinerjaTahunan";

    /// <summary>The policy name of the potential score cut-offs, as reported in explanations.</summary>
    public const string BatasSkorPolicyName = "BatasSkorPotensial";

    /// <summary>The policy name of the handling of a predicate not yet set after the distribution, as reported in findings and explanations.</summary>
    public const string PredikatBelumDitetapkanPolicyName = "PredikatBelumDitetapkan";

    /// <summary>The policy name of the handling of a potential not from an assessment centre, as reported in findings and explanations.</summary>
    public const string SumberPotensialPolicyName = "SumberPotensial";

    /// <summary>The default cut-off for <see cref="TingkatPotensial.Tinggi"/>: a score of at least 80.</summary>
    public const decimal DefaultBatasTinggi = 80m;

    /// <summary>The default cut-off for <see cref="TingkatPotensial.Menengah"/>: a score of at least 60.</summary>
    public const decimal DefaultBatasMenengah = 60m;

    private static readonly PredikatKinerja[] Predikat =
    {
        PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
    };

    private static readonly ImmutableSortedDictionary<PredikatKinerja, Ekspektasi> DefaultMapping = ImmutableSortedDictionary.CreateRange(new[]
    {
        new KeyValuePair<PredikatKinerja, Ekspektasi>(PredikatKinerja.SangatKurang, Ekspektasi.DiBawah),
        new KeyValuePair<PredikatKinerja, Ekspektasi>(PredikatKinerja.KurangMisconduct, Ekspektasi.DiBawah),
        new KeyValuePair<PredikatKinerja, Ekspektasi>(PredikatKinerja.ButuhPerbaikan, Ekspektasi.DiBawah),
        new KeyValuePair<PredikatKinerja, Ekspektasi>(PredikatKinerja.Baik, Ekspektasi.Sesuai),
        new KeyValuePair<PredikatKinerja, Ekspektasi>(PredikatKinerja.SangatBaik, Ekspektasi.DiAtas),
    });

    /// <summary>Creates options; every argument defaults to the documented default.</summary>
    /// <param name="pemetaanPredikat">
    /// The performance level of each of the five predicates; null for the default (Sangat Baik → Di Atas, Baik → Sesuai,
    /// the rest → Di Bawah). Must name all five, with defined levels, and never give a better predicate a lower level.
    /// </param>
    /// <param name="penggabungan">How several years combine; default <see cref="PenggabunganKinerja.TerendahDuaTahunTerakhir"/>.</param>
    /// <param name="batasPotensialTinggi">The lowest score that is <see cref="TingkatPotensial.Tinggi"/>; default 80.</param>
    /// <param name="batasPotensialMenengah">The lowest score that is <see cref="TingkatPotensial.Menengah"/>; default 60. Must be below <paramref name="batasPotensialTinggi"/>.</param>
    /// <param name="predikatBelumDitetapkan">
    /// What PermenPANRB 20/2025 does with a year whose predicate is only computed; default
    /// <see cref="KebijakanPredikatBelumDitetapkan.TidakDipetakan"/>.
    /// </param>
    /// <param name="sumberPotensial">
    /// What PermenPANRB 20/2025 does with a potential not from an assessment centre; default
    /// <see cref="KebijakanSumberPotensial.Disarankan"/>.
    /// </param>
    /// <exception cref="ArgumentException">One or more arguments are invalid; the message lists every error.</exception>
    public PetaTalentaOptions(
        IReadOnlyDictionary<PredikatKinerja, Ekspektasi>? pemetaanPredikat = null,
        PenggabunganKinerja penggabungan = PenggabunganKinerja.TerendahDuaTahunTerakhir,
        decimal batasPotensialTinggi = DefaultBatasTinggi,
        decimal batasPotensialMenengah = DefaultBatasMenengah,
        KebijakanPredikatBelumDitetapkan predikatBelumDitetapkan = KebijakanPredikatBelumDitetapkan.TidakDipetakan,
        KebijakanSumberPotensial sumberPotensial = KebijakanSumberPotensial.Disarankan)
    {
        var errors = new List<string>();
        PemetaanPredikat = pemetaanPredikat is null ? DefaultMapping : ValidateMapping(pemetaanPredikat, errors);

        if (penggabungan is < PenggabunganKinerja.TahunTerakhir or > PenggabunganKinerja.RataRataDuaTahunTerakhir)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "penggabungan: {0} is not a defined member of PenggabunganKinerja. Valid values: TahunTerakhir, TerendahDuaTahunTerakhir, RataRataDuaTahunTerakhir.", (int)penggabungan));
        }

        if (predikatBelumDitetapkan is < KebijakanPredikatBelumDitetapkan.TidakDipetakan or > KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "predikatBelumDitetapkan: {0} is not a defined member of KebijakanPredikatBelumDitetapkan. Valid values: TidakDipetakan, PakaiPredikatTerhitung.", (int)predikatBelumDitetapkan));
        }

        if (sumberPotensial is < KebijakanSumberPotensial.Disarankan or > KebijakanSumberPotensial.Wajib)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "sumberPotensial: {0} is not a defined member of KebijakanSumberPotensial. Valid values: Disarankan, Wajib.", (int)sumberPotensial));
        }

        if (batasPotensialTinggi is < 0m or > 100m)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "batasPotensialTinggi: {0} is outside 0..100.", batasPotensialTinggi));
        }

        if (batasPotensialMenengah is < 0m or > 100m)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "batasPotensialMenengah: {0} is outside 0..100.", batasPotensialMenengah));
        }

        if (batasPotensialMenengah >= batasPotensialTinggi)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "batasPotensialMenengah ({0}) must be below batasPotensialTinggi ({1}).", batasPotensialMenengah, batasPotensialTinggi));
        }

        if (errors.Count > 0)
        {
            var message = new StringBuilder("Invalid PetaTalentaOptions (").Append(errors.Count.ToString(CultureInfo.InvariantCulture)).Append(errors.Count == 1 ? " error):" : " errors):");
            foreach (var error in errors)
            {
                message.Append(' ').Append(error);
            }

            throw new ArgumentException(message.ToString());
        }

        Penggabungan = penggabungan;
        BatasPotensialTinggi = batasPotensialTinggi;
        BatasPotensialMenengah = batasPotensialMenengah;
        PemetaanPredikatPolicy = new AppliedPolicy(PemetaanPredikatPolicyName, FormatMapping(PemetaanPredikat), MappingEquals(PemetaanPredikat, DefaultMapping));
        PenggabunganPolicy = new AppliedPolicy(PenggabunganPolicyName, penggabungan.ToString(), penggabungan == PenggabunganKinerja.TerendahDuaTahunTerakhir);
        BatasSkorPolicy = new AppliedPolicy(
            BatasSkorPolicyName,
            string.Format(CultureInfo.InvariantCulture, "Tinggi>={0},Menengah>={1}", batasPotensialTinggi, batasPotensialMenengah),
            batasPotensialTinggi == DefaultBatasTinggi && batasPotensialMenengah == DefaultBatasMenengah);
        PredikatBelumDitetapkan = predikatBelumDitetapkan;
        SumberPotensial = sumberPotensial;
        PredikatBelumDitetapkanPolicy = new AppliedPolicy(PredikatBelumDitetapkanPolicyName, predikatBelumDitetapkan.ToString(), predikatBelumDitetapkan == KebijakanPredikatBelumDitetapkan.TidakDipetakan);
        SumberPotensialPolicy = new AppliedPolicy(SumberPotensialPolicyName, sumberPotensial.ToString(), sumberPotensial == KebijakanSumberPotensial.Disarankan);
    }

    /// <summary>The documented defaults.</summary>
    public static PetaTalentaOptions Default { get; } = new();

    /// <summary>The performance level of each predicate, worst predicate first.</summary>
    public ImmutableSortedDictionary<PredikatKinerja, Ekspektasi> PemetaanPredikat { get; }

    /// <summary>How several years combine.</summary>
    public PenggabunganKinerja Penggabungan { get; }

    /// <summary>The lowest potential score that is <see cref="TingkatPotensial.Tinggi"/>.</summary>
    public decimal BatasPotensialTinggi { get; }

    /// <summary>The lowest potential score that is <see cref="TingkatPotensial.Menengah"/>.</summary>
    public decimal BatasPotensialMenengah { get; }

    /// <summary>What a rule set that reads the predicate set after the distribution (PermenPANRB 20/2025) does with a year whose predicate is only computed.</summary>
    public KebijakanPredikatBelumDitetapkan PredikatBelumDitetapkan { get; }

    /// <summary>What a rule set that reads potential from assessment-centre results (PermenPANRB 20/2025) does with a potential from another source.</summary>
    public KebijakanSumberPotensial SumberPotensial { get; }

    /// <summary>The predicate mapping as reported in explanations, e.g. <c>SangatKurang=DiBawah,…,SangatBaik=DiAtas</c>.</summary>
    public AppliedPolicy PemetaanPredikatPolicy { get; }

    /// <summary>The combination of years as reported in explanations.</summary>
    public AppliedPolicy PenggabunganPolicy { get; }

    /// <summary>The potential score cut-offs as reported in explanations, e.g. <c>Tinggi&gt;=80,Menengah&gt;=60</c>.</summary>
    public AppliedPolicy BatasSkorPolicy { get; }

    /// <summary>The handling of a predicate not yet set after the distribution as reported in findings and explanations.</summary>
    public AppliedPolicy PredikatBelumDitetapkanPolicy { get; }

    /// <summary>The handling of a potential not from an assessment centre as reported in findings and explanations.</summary>
    public AppliedPolicy SumberPotensialPolicy { get; }

    /// <summary>
    /// The three policies every rule set uses. Rules of PermenPANRB 20/2025 also use
    /// <see cref="PredikatBelumDitetapkanPolicy"/> and <see cref="SumberPotensialPolicy"/>; a rules object reports all
    /// those it uses in <see cref="IRules.Policies"/>.
    /// </summary>
    public ImmutableArray<AppliedPolicy> Policies => ImmutableArray.Create(PemetaanPredikatPolicy, PenggabunganPolicy, BatasSkorPolicy);

    /// <summary>The performance level of one year's predicate under the mapping policy.</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is not a defined member.</exception>
    public Ekspektasi GetKinerja(PredikatKinerja predikat) => PemetaanPredikat[Preconditions.CheckDefined(predikat)];

    /// <summary>The potential level of a score under the cut-off policy: at least <see cref="BatasPotensialTinggi"/> is Tinggi, at least <see cref="BatasPotensialMenengah"/> is Menengah, otherwise Rendah.</summary>
    /// <param name="skor">The score, 0 to 100.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skor"/> is outside 0..100 (a programmer error: validate scores at the edge).</exception>
    public TingkatPotensial GetTingkatPotensial(decimal skor)
    {
        Preconditions.CheckRange(skor, 0m, 100m);
        return skor >= BatasPotensialTinggi ? TingkatPotensial.Tinggi : skor >= BatasPotensialMenengah ? TingkatPotensial.Menengah : TingkatPotensial.Rendah;
    }

    /// <summary>The performance years the combination policy reads for the map of a year, latest first.</summary>
    /// <param name="tahun">The year of the map.</param>
    /// <returns><c>[tahun]</c> for <see cref="PenggabunganKinerja.TahunTerakhir"/>, otherwise <c>[tahun, tahun − 1]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tahun"/> is outside 1901..2099.</exception>
    public ImmutableArray<int> GetTahunDibutuhkan(int tahun)
    {
        Preconditions.CheckRange(tahun, KinerjaTahunan.TahunMinimum + 1, KinerjaTahunan.TahunMaksimum);
        return Penggabungan == PenggabunganKinerja.TahunTerakhir ? ImmutableArray.Create(tahun) : ImmutableArray.Create(tahun, tahun - 1);
    }

    /// <summary>Combines the levels of the years <see cref="GetTahunDibutuhkan"/> names, in the same order.</summary>
    /// <param name="levels">One level per needed year, latest first.</param>
    /// <returns>The combined level.</returns>
    /// <exception cref="ArgumentException">The number of levels is not the number of needed years.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not a defined member.</exception>
    public Ekspektasi Combine(IReadOnlyList<Ekspektasi> levels)
    {
        Preconditions.CheckNotNull(levels);
        var needed = Penggabungan == PenggabunganKinerja.TahunTerakhir ? 1 : 2;
        Preconditions.CheckArgument(levels.Count == needed, nameof(levels), string.Format(CultureInfo.InvariantCulture, "Policy {0} combines {1} year(s); {2} level(s) were given.", Penggabungan, needed, levels.Count));
        foreach (var level in levels)
        {
            Preconditions.CheckDefined(level, nameof(levels));
        }

        return Penggabungan switch
        {
            PenggabunganKinerja.TahunTerakhir => levels[0],
            PenggabunganKinerja.TerendahDuaTahunTerakhir => levels[0] < levels[1] ? levels[0] : levels[1],
            _ => (Ekspektasi)(((int)levels[0] + (int)levels[1] + 1) / 2),
        };
    }

    private static ImmutableSortedDictionary<PredikatKinerja, Ekspektasi> ValidateMapping(IReadOnlyDictionary<PredikatKinerja, Ekspektasi> mapping, List<string> errors)
    {
        var before = errors.Count;
        foreach (var pair in mapping.OrderBy(p => p.Key))
        {
            if (pair.Key is < PredikatKinerja.SangatKurang or > PredikatKinerja.SangatBaik)
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "pemetaanPredikat: key {0} is not a defined member of PredikatKinerja.", (int)pair.Key));
            }
            else if (pair.Value is < Ekspektasi.DiBawah or > Ekspektasi.DiAtas)
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "pemetaanPredikat: {0} maps to {1}, which is not a defined member of Ekspektasi.", pair.Key, (int)pair.Value));
            }
        }

        foreach (var predikat in Predikat)
        {
            if (!mapping.ContainsKey(predikat))
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "pemetaanPredikat: {0} has no level; all five predicates must be mapped.", predikat));
            }
        }

        if (errors.Count == before)
        {
            for (var i = 1; i < Predikat.Length; i++)
            {
                if (mapping[Predikat[i]] < mapping[Predikat[i - 1]])
                {
                    errors.Add(string.Format(CultureInfo.InvariantCulture, "pemetaanPredikat: {0} maps to {1}, below {2} of the worse predicate {3}; a better predicate must never get a lower level.", Predikat[i], mapping[Predikat[i]], mapping[Predikat[i - 1]], Predikat[i - 1]));
                }
            }
        }

        return errors.Count == before ? ImmutableSortedDictionary.CreateRange(mapping) : DefaultMapping;
    }

    private static string FormatMapping(ImmutableSortedDictionary<PredikatKinerja, Ekspektasi> mapping) =>
        string.Join(",", mapping.Select(p => p.Key.ToString() + "=" + p.Value.ToString()));

    private static bool MappingEquals(ImmutableSortedDictionary<PredikatKinerja, Ekspektasi> a, ImmutableSortedDictionary<PredikatKinerja, Ekspektasi> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
