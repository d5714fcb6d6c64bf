using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The bodies of the behaviour rating rules: the suggestion under a named policy and the explanation of the PPK's
/// decision. Reached through <see cref="IPerilakuKerjaRules"/>.
/// </summary>
internal static class RatingPerilakuKerja
{
    internal static SaranRatingPerilaku Suggest(PenilaianNilaiBerakhlak penilaian, KebijakanSaranPerilaku kebijakan, RuleSetId ruleSet)
    {
        var policies = new[] { Policy(kebijakan) };
        var rule = PerilakuKerjaOptions.KebijakanSaranPolicyName + "[" + kebijakan.Name + "]";
        var inputs = penilaian.ToInputs().ToList();

        if (!penilaian.IsLengkap)
        {
            var missing = penilaian.NilaiBelumDinilai;
            var findings = missing
                .Select(n => PerilakuKerjaFindings.NilaiBelumDinilai.Create(n.ToKode(), FindingValue.Of("nilai", n.ToString()), FindingValue.Of("kebijakan", kebijakan.Name)))
                .ToImmutableArray();
            var list = string.Join(", ", missing.Select(n => n.ToKode()));
            var none = PerilakuKerjaExplanations.SaranTidakLengkap.Create(
                ruleSet,
                rule + ":TidakLengkap",
                inputs,
                new[] { FindingValue.Of("nilaiBelumDinilai", list) },
                policies);
            return new SaranRatingPerilaku(ruleSet, kebijakan, penilaian, null, findings, none);
        }

        var saran = kebijakan.Apply(penilaian);
        inputs.Add(FindingValue.Of("jumlahDiBawah", penilaian.Count(Ekspektasi.DiBawah)));
        inputs.Add(FindingValue.Of("jumlahSesuai", penilaian.Count(Ekspektasi.Sesuai)));
        inputs.Add(FindingValue.Of("jumlahDiAtas", penilaian.Count(Ekspektasi.DiAtas)));
        var explanation = PerilakuKerjaExplanations.Saran.Create(
            ruleSet,
            rule,
            inputs,
            new[]
            {
                FindingValue.Of("kebijakan", kebijakan.Name),
                FindingValue.Of("jenisKebijakan", kebijakan.IsBuiltIn ? "bawaan" : "khusus"),
                FindingValue.OfText("uraianKebijakan", kebijakan.Uraian),
                FindingValue.Of("saran", saran.ToLabel()),
            },
            policies);
        return new SaranRatingPerilaku(ruleSet, kebijakan, penilaian, saran, ImmutableArray<Finding>.Empty, explanation);
    }

    internal static Explanation Explain(PenilaianPerilakuKerja keputusan, RuleSetId ruleSet)
    {
        var usulan = keputusan.Saran;
        Preconditions.CheckArgument(
            usulan is null || usulan.RuleSet == ruleSet,
            nameof(keputusan),
            string.Format(CultureInfo.InvariantCulture, "The decision's suggestion was made under rule set '{0}', not '{1}'.", usulan?.RuleSet, ruleSet));
        var inputs = new List<FindingValue>
        {
            FindingValue.Of("rating", keputusan.Rating.ToString()),
            FindingValue.Of("ditetapkanOleh", keputusan.DitetapkanOleh.ToString()),
            FindingValue.Of("tanggal", keputusan.Tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            FindingValue.Of("saran", usulan?.Saran?.ToString() ?? "-"),
        };
        if (keputusan.Alasan is not null)
        {
            inputs.Add(FindingValue.Of("alasan", keputusan.Alasan));
        }

        var policies = usulan is null ? Array.Empty<AppliedPolicy>() : new[] { Policy(usulan.Kebijakan) };
        var values = new List<FindingValue> { FindingValue.Of("rating", keputusan.Rating.ToLabel()) };
        if (usulan?.Saran is not { } saran)
        {
            return PerilakuKerjaExplanations.KeputusanTanpaSaran.Create(ruleSet, "KeputusanPpk", inputs, values, policies);
        }

        values.Add(FindingValue.Of("kebijakan", usulan.Kebijakan.Name));
        if (saran == keputusan.Rating)
        {
            return PerilakuKerjaExplanations.KeputusanSamaDenganSaran.Create(ruleSet, "KeputusanPpk[SamaDenganSaran]", inputs, values, policies);
        }

        values.Add(FindingValue.Of("labelSaran", saran.ToLabel()));
        return PerilakuKerjaExplanations.KeputusanBerbedaDariSaran.Create(ruleSet, "KeputusanPpk[BerbedaDariSaran]", inputs, values, policies);
    }

    private static AppliedPolicy Policy(KebijakanSaranPerilaku kebijakan) => new(PerilakuKerjaOptions.KebijakanSaranPolicyName, kebijakan.Name, kebijakan.IsDefault);
}
