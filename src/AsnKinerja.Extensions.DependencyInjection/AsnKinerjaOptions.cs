using AsnKinerja.BehaviourRubric;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Extensions.DependencyInjection;

/// <summary>
/// The policies an agency chooses for AsnKinerja, configured once by the delegate given to
/// <see cref="AsnKinerjaServiceCollectionExtensions.AddAsnKinerja"/>. Every property starts at the library's documented
/// default (the same default the engines use when given nothing). The options are validated once, when they are
/// first resolved, and every error is reported together in one <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>.
/// </summary>
/// <remarks>
/// This is a configuration builder in the Microsoft.Extensions.Options pattern, so its properties are settable;
/// the services built from it (the rules objects, the <see cref="RuleSetRegistry"/>, <see cref="PetaTalentaOptions"/>,
/// …) are immutable. The policies apply to every rules object of the registry, built-in or added through
/// <see cref="RuleSets"/>. Not thread-safe while being configured; never changed after the container is built.
/// </remarks>
public sealed class AsnKinerjaOptions
{
    /// <summary>Rounding of a distribution percentage into a headcount (SE MenPANRB 3/2023, [L]); default <see cref="Pembulatan.Ketat"/>.</summary>
    public Pembulatan Pembulatan { get; set; } = Pembulatan.Ketat;

    /// <summary>What "most" (<i>sebagian besar</i>) means in a distribution pattern ([L]); default <see cref="MaknaSebagianBesar.KelompokTerbesar"/>.</summary>
    public MaknaSebagianBesar SebagianBesar { get; set; } = MaknaSebagianBesar.KelompokTerbesar;

    /// <summary>How small units are treated ([L]); default <see cref="KebijakanUnitKecil.SaranDiBawahAmbang"/>.</summary>
    public KebijakanUnitKecil UnitKecil { get; set; } = KebijakanUnitKecil.SaranDiBawahAmbang;

    /// <summary>The size below which a unit is small, 1 to 1000; default <see cref="DistribusiOptions.AmbangUnitKecilBawaan"/> (5).</summary>
    public int AmbangUnitKecil { get; set; } = DistribusiOptions.AmbangUnitKecilBawaan;

    /// <summary>In which unit a unit head is counted ([L]); default <see cref="PenghitunganKepalaUnit.UnitInduk"/>.</summary>
    public PenghitunganKepalaUnit KepalaUnit { get; set; } = PenghitunganKepalaUnit.UnitInduk;

    /// <summary>The severity of pattern violations: advise or enforce ([L]); default <see cref="TingkatPenegakan.Saran"/>.</summary>
    public TingkatPenegakan Penegakan { get; set; } = TingkatPenegakan.Saran;

    /// <summary>
    /// The leader rule's 5→3 mapping (organisation predicate → results rating, [L]); null (default) means
    /// <see cref="PemetaanRatingPimpinan.Default"/> (Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah).
    /// It must name all five predicates and be monotone.
    /// </summary>
    public IReadOnlyDictionary<PredikatKinerjaOrganisasi, Ekspektasi>? PemetaanRatingPimpinan { get; set; }

    /// <summary>The name reported for a custom <see cref="PemetaanRatingPimpinan"/>; default "Instansi".</summary>
    public string NamaPemetaanRatingPimpinan { get; set; } = "Instansi";

    /// <summary>The SKP deadline policy ([M]); default <see cref="BatasPenetapanSkp.AkhirBulanPertamaPeriode"/>.</summary>
    public BatasPenetapanSkp BatasPenetapanSkp { get; set; } = BatasPenetapanSkp.AkhirBulanPertamaPeriode;

    /// <summary>Whether every quantitative RHK needs the kuantitas, kualitas and waktu aspects ([L]); default false.</summary>
    public bool WajibAspekInti { get; set; }

    /// <summary>The annual angka kredit coefficient of the Pemula level ([L]), greater than 0 and at most 50; default <see cref="AngkaKreditOptions.KoefisienPemulaBawaan"/> (3.75).</summary>
    public decimal KoefisienPemula { get; set; } = AngkaKreditOptions.KoefisienPemulaBawaan;

    /// <summary>How the months of a period that is not whole months count for angka kredit ([L]); default <see cref="Predicates.PenghitunganBulan.BulanPenuh"/>.</summary>
    public PenghitunganBulan PenghitunganBulan { get; set; } = PenghitunganBulan.BulanPenuh;

    /// <summary>
    /// The nine-box mapping of the five predicates to three performance levels ([L]); null (default) means
    /// Sangat Baik → Di Atas, Baik → Sesuai, the rest → Di Bawah. It must name all five predicates.
    /// </summary>
    public IReadOnlyDictionary<PredikatKinerja, Ekspektasi>? PemetaanPredikatTalenta { get; set; }

    /// <summary>How the years of performance combine on the nine-box axis ([L]); default <see cref="PenggabunganKinerja.TerendahDuaTahunTerakhir"/>.</summary>
    public PenggabunganKinerja PenggabunganKinerja { get; set; } = PenggabunganKinerja.TerendahDuaTahunTerakhir;

    /// <summary>The lowest 0–100 potential score counted as high ([L]); default 80.</summary>
    public decimal BatasPotensialTinggi { get; set; } = PetaTalentaOptions.DefaultBatasTinggi;

    /// <summary>The lowest 0–100 potential score counted as medium ([L]), below <see cref="BatasPotensialTinggi"/>; default 60.</summary>
    public decimal BatasPotensialMenengah { get; set; } = PetaTalentaOptions.DefaultBatasMenengah;

    /// <summary>
    /// Under PermenPANRB 20/2025, what the talent map does with a year whose predicate is not yet set after the
    /// distribution ([L]); default <see cref="KebijakanPredikatBelumDitetapkan.TidakDipetakan"/>.
    /// </summary>
    public KebijakanPredikatBelumDitetapkan KebijakanPredikatBelumDitetapkan { get; set; } = KebijakanPredikatBelumDitetapkan.TidakDipetakan;

    /// <summary>
    /// Under PermenPANRB 20/2025, what the talent map does with a potential not from an assessment centre ([L]); default
    /// <see cref="KebijakanSumberPotensial.Disarankan"/>.
    /// </summary>
    public KebijakanSumberPotensial KebijakanSumberPotensial { get; set; } = KebijakanSumberPotensial.Disarankan;

    /// <summary>The policy that suggests an overall behaviour rating ([L]); default <see cref="KebijakanSaranPerilaku.Default"/> (SatuDiBawah).</summary>
    public KebijakanSaranPerilaku KebijakanSaranPerilaku { get; set; } = KebijakanSaranPerilaku.Default;

    /// <summary>
    /// The rules objects of the caller's own rule sets (an agency variant, a draft circular under consultation, e.g. from
    /// <see cref="DistribusiRules.Create"/>), added to the <see cref="RuleSetRegistry"/> beside the built-in ones and
    /// configured with the policies above like them; one with the domain and rule set ID of a built-in replaces it.
    /// Empty by default.
    /// </summary>
    public IList<IRules> RuleSets { get; } = new List<IRules>();
}
