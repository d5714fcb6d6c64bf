using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// Suggests the overall <em>rating perilaku kerja</em> from the PPK's per-value assessments under a named policy.
/// The suggestion is the library's (<see cref="RegulationNames.KebijakanPustaka"/>, <see cref="Confidence.Low"/>):
/// the rating is the PPK's decision (PermenPANRB 6/2022), recorded with <see cref="PenilaianPerilakuKerja"/>.
/// </summary>
/// <remarks>Stateless and thread-safe. A value not assessed is never given a default: there is then no suggestion.</remarks>
public static class RatingPerilakuKerja
{
    /// <summary>The name under which the suggestion policy is reported in explanations.</summary>
    public const string PolicyName = "SaranRatingPerilaku";

    /// <summary>The source every suggestion cites: a library policy, low confidence.</summary>
    public static RegulationReference SumberSaran { get; } = new(RegulationNames.KebijakanPustaka, "Saran rating perilaku kerja (bukan ketentuan peraturan)", Confidence.Low);

    /// <summary>The rule set the rating belongs to.</summary>
    public static RuleSetId RuleSet => RuleSetId.PermenPanRb6Tahun2022;

    /// <summary>Suggests the overall rating.</summary>
    /// <param name="penilaian">The PPK's per-value assessments.</param>
    /// <param name="kebijakan">The policy; null for <see cref="KebijakanSaranPerilaku.Default"/> (<see cref="KebijakanSaranPerilaku.SatuDiBawah"/>).</param>
    /// <returns>The suggestion, or a result without one (with a <c>BHV008</c> finding per value) when a value is not assessed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="penilaian"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A custom policy returned an undefined value.</exception>
    public static SaranRatingPerilaku Suggest(PenilaianNilaiBerakhlak penilaian, KebijakanSaranPerilaku? kebijakan = null)
    {
        Preconditions.CheckNotNull(penilaian);
        kebijakan ??= KebijakanSaranPerilaku.Default;
        var policies = new[] { new AppliedPolicy(PolicyName, kebijakan.Name, kebijakan.IsDefault) };
        var rule = PolicyName + "[" + kebijakan.Name + "]";
        var inputs = penilaian.ToInputs().ToList();

        if (!penilaian.IsLengkap)
        {
            var missing = penilaian.NilaiBelumDinilai;
            var findings = missing
                .Select(n => PerilakuKerjaFindings.NilaiBelumDinilai.Create(n.ToKode(), FindingValue.Of("nilai", n.ToString()), FindingValue.Of("kebijakan", kebijakan.Name)))
                .ToImmutableArray();
            var list = string.Join(", ", missing.Select(n => n.ToKode()));
            var none = PerilakuKerjaExplanations.SaranTidakLengkap.Create(
                RuleSet,
                rule + ":TidakLengkap",
                inputs,
                new[] { FindingValue.Of("nilaiBelumDinilai", list) },
                policies,
                SumberSaran);
            return new SaranRatingPerilaku(kebijakan, penilaian, null, findings, none);
        }

        var saran = kebijakan.Apply(penilaian);
        inputs.Add(FindingValue.Of("jumlahDiBawah", penilaian.Count(Ekspektasi.DiBawah)));
        inputs.Add(FindingValue.Of("jumlahSesuai", penilaian.Count(Ekspektasi.Sesuai)));
        inputs.Add(FindingValue.Of("jumlahDiAtas", penilaian.Count(Ekspektasi.DiAtas)));
        var explanation = PerilakuKerjaExplanations.Saran.Create(
            RuleSet,
            rule,
            inputs,
            new[]
            {
                FindingValue.Of("kebijakan", kebijakan.Name),
                FindingValue.Of("jenisKebijakan", kebijakan.IsBuiltIn ? "bawaan" : "khusus"),
                FindingValue.OfText("uraianKebijakan", kebijakan.Uraian),
                FindingValue.Of("saran", saran.ToLabel()),
            },
            policies,
            SumberSaran);
        return new SaranRatingPerilaku(kebijakan, penilaian, saran, ImmutableArray<Finding>.Empty, explanation);
    }
}
