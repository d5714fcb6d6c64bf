using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// Suggests a results rating from the PPK's per-RHK assessments, following BKN guidance [M]: <em>Di Atas</em> when most
/// results are above expectation and no main result is below; <em>Di Bawah</em> when most are below; otherwise
/// <em>Sesuai</em>. PermenPANRB 6/2022 has no formula: the PPK's decision is what counts.
/// </summary>
/// <remarks>Stateless and thread-safe. The suggestion never falls when one assessment rises.</remarks>
public static class SaranRatingHasilKerja
{

    /// <summary>Suggests a results rating.</summary>
    /// <param name="penilaian">The per-RHK assessments.</param>
    /// <param name="sebagianBesar">
    /// What "most" means; default more than half. Under <see cref="MaknaSebagianBesar.KelompokTerbesar"/> the monotone form
    /// of "largest group" is used: Di Atas when above ≥ below and 2 × above ≥ as-expected + below; Di Bawah when
    /// below &gt; above and 2 × below &gt; above + as-expected.
    /// </param>
    /// <returns>The suggestion, or a PRD001 finding when there is no assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="penilaian"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="penilaian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sebagianBesar"/> is undefined.</exception>
    public static Result<Saran<Ekspektasi>> Suggest(IEnumerable<PenilaianRhk> penilaian, MaknaSebagianBesar sebagianBesar = MaknaSebagianBesar.LebihDariSetengah)
    {
        var items = Preconditions.CheckNotNull(penilaian).ToList();
        Preconditions.CheckArgument(!items.Contains(null!), nameof(penilaian), "Assessments must not contain null.");
        Preconditions.CheckDefined(sebagianBesar);
        if (items.Count == 0)
        {
            return Result.Failure<Saran<Ekspektasi>>(PredicateFindings.TanpaMasukanSaran.Create(string.Empty, FindingValue.Of("masukan", "penilaian RHK")));
        }

        var above = items.Count(i => i.Penilaian == Ekspektasi.DiAtas);
        var at = items.Count(i => i.Penilaian == Ekspektasi.Sesuai);
        var below = items.Count(i => i.Penilaian == Ekspektasi.DiBawah);
        var mainBelow = items.Any(i => i.Jenis == JenisRhk.Utama && i.Penilaian == Ekspektasi.DiBawah);

        // "The largest group" compared one group with each other group, which is not monotone: a result rising from
        // below to as-expected could make the as-expected group overtake the above group and lower the suggestion.
        // These are the smallest monotone rules that agree with "largest group" wherever it answers Di Atas or
        // Di Bawah: above is at least the below group and at least half of the rest; below beats above and is more
        // than half of the rest.
        var lebihDariSetengah = sebagianBesar == MaknaSebagianBesar.LebihDariSetengah;
        var mostAbove = lebihDariSetengah
            ? above * 2 > items.Count
            : above > 0 && above >= below && above * 2 >= at + below;
        var mostBelow = lebihDariSetengah
            ? below * 2 > items.Count && below > above
            : below > above && below * 2 > above + at;

        Ekspektasi rating;
        string rule;
        if (mostAbove && !mainBelow)
        {
            rating = Ekspektasi.DiAtas;
            rule = "SebagianBesarDiAtasTanpaUtamaDiBawah";
        }
        else if (mostBelow)
        {
            rating = Ekspektasi.DiBawah;
            rule = "SebagianBesarDiBawah";
        }
        else
        {
            rating = Ekspektasi.Sesuai;
            rule = "Lainnya";
        }

        var explanation = PredicateExplanations.SaranRatingHasil.Create(
            RuleSetId.PermenPanRb6Tahun2022,
            "SaranRatingHasilKerja." + rule,
            new[] { FindingValue.Of("diAtas", above), FindingValue.Of("sesuai", at), FindingValue.Of("diBawah", below), FindingValue.Of("utamaDiBawah", mainBelow ? "ya" : "tidak") },
            new[] { FindingValue.Of("rating", rating.ToLabel()) },
            new[] { new AppliedPolicy("MaknaSebagianBesar", sebagianBesar.ToString(), sebagianBesar == MaknaSebagianBesar.LebihDariSetengah) });
        return Result.Success(new Saran<Ekspektasi>(rating, explanation));
    }
}
