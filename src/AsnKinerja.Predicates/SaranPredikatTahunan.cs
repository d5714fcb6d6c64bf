using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>How an annual predicate is suggested from periodic predicates or from several SKPs in one year [L].</summary>
public enum MetodeSaranTahunan
{
    /// <summary>The predicate of the period that ends last.</summary>
    Terakhir = 1,

    /// <summary>The worst predicate of the year.</summary>
    Terburuk = 2,

    /// <summary>
    /// The predicate that covers the most days of the year; a tie goes to the predicate of the period that ends last.
    /// (Predicates are ordinal: they are weighted by duration, never averaged.)
    /// </summary>
    BerbobotDurasi = 3,
}

/// <summary>A predicate for one period of the year: a periodic evaluation, or the evaluation of one of several SKPs.</summary>
/// <remarks>Immutable and thread-safe. Equality compares both parts.</remarks>
public sealed class PredikatPeriode : IEquatable<PredikatPeriode>
{
    /// <summary>Creates the record.</summary>
    /// <param name="periode">The period.</param>
    /// <param name="predikat">The predicate of that period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
    public PredikatPeriode(PeriodeKinerja periode, PredikatKinerja predikat)
    {
        Periode = Preconditions.CheckNotNull(periode);
        Predikat = Preconditions.CheckDefined(predikat);
    }

    /// <summary>The period.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>The predicate of that period.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PredikatPeriode? left, PredikatPeriode? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PredikatPeriode? left, PredikatPeriode? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PredikatPeriode? other) => other is not null && Periode == other.Periode && Predikat == other.Predikat;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PredikatPeriode);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Periode, Predikat);

    /// <summary>The period and predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Periode + ": " + Predikat.ToLabel();
}

/// <summary>
/// Suggests an annual predicate from periodic predicates, or from the predicates of several SKPs in one year (after a
/// move). The regulation does not say how they combine [L]: the annual predicate is the PPK's fresh judgement, so this
/// is a suggestion with a named method, never the regulation's answer.
/// </summary>
/// <remarks>Stateless and thread-safe. The result does not depend on the order of the input.</remarks>
public static class SaranPredikatTahunan
{
    /// <summary>Suggests the annual predicate of a year.</summary>
    /// <param name="tahun">The performance year.</param>
    /// <param name="predikat">The predicates of the periods; periods inside the year and not overlapping.</param>
    /// <param name="metode">The method.</param>
    /// <returns>The suggestion, or findings PRD001 (no input), PRD002 (overlap) or PRD003 (outside the year).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predikat"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="predikat"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metode"/> is undefined.</exception>
    public static Result<Saran<PredikatKinerja>> Suggest(int tahun, IEnumerable<PredikatPeriode> predikat, MetodeSaranTahunan metode)
    {
        var items = Preconditions.CheckNotNull(predikat).ToList();
        Preconditions.CheckArgument(!items.Contains(null!), nameof(predikat), "Predicates must not contain null.");
        Preconditions.CheckDefined(metode);
        if (items.Count == 0)
        {
            return Result.Failure<Saran<PredikatKinerja>>(PredicateFindings.TanpaMasukanSaran.Create(string.Empty, FindingValue.Of("masukan", "predikat periode")));
        }

        // A fixed order (by start, then end) makes every later step independent of the input order.
        items = items.OrderBy(i => i.Periode.Awal).ThenBy(i => i.Periode.Akhir).ThenBy(i => i.Predikat).ToList();
        var findings = new List<Finding>();
        foreach (var item in items.Where(i => i.Periode.Awal.Year != tahun || i.Periode.Akhir.Year != tahun))
        {
            findings.Add(PredicateFindings.PeriodeLintasTahun.Create(item.Periode.ToString(), FindingValue.Of("periode", item.Periode.ToString()), FindingValue.Of("tahun", tahun)));
        }

        for (var i = 1; i < items.Count; i++)
        {
            if (items[i].Periode.Overlaps(items[i - 1].Periode))
            {
                findings.Add(PredicateFindings.PeriodeTumpangTindih.Create(items[i].Periode.ToString(), FindingValue.Of("periode1", items[i - 1].Periode.ToString()), FindingValue.Of("periode2", items[i].Periode.ToString())));
            }
        }

        if (findings.Count > 0)
        {
            return Result.Failure<Saran<PredikatKinerja>>(findings);
        }

        PredikatKinerja result;
        ExplanationDefinition definition;
        FindingValue detail;
        switch (metode)
        {
            case MetodeSaranTahunan.Terakhir:
                var last = items.OrderBy(i => i.Periode.Akhir).Last();
                result = last.Predikat;
                definition = PredicateExplanations.SaranTahunanTerakhir;
                detail = FindingValue.Of("periodeTerakhir", last.Periode.ToString());
                break;
            case MetodeSaranTahunan.Terburuk:
                result = items.Min(i => i.Predikat);
                definition = PredicateExplanations.SaranTahunanTerburuk;
                detail = default;
                break;
            default:
                var days = new int[6];
                var lastEnd = new NodaTime.LocalDate[6];
                foreach (var item in items)
                {
                    days[(int)item.Predikat] += item.Periode.JumlahHari;
                    if (item.Periode.Akhir > lastEnd[(int)item.Predikat])
                    {
                        lastEnd[(int)item.Predikat] = item.Periode.Akhir;
                    }
                }

                var best = Enumerable.Range(1, 5).Where(p => days[p] > 0).OrderByDescending(p => days[p]).ThenByDescending(p => lastEnd[p]).First();
                result = (PredikatKinerja)best;
                definition = PredicateExplanations.SaranTahunanBerbobotDurasi;
                detail = FindingValue.Of("hari", days[best]);
                break;
        }

        var values = new List<FindingValue> { FindingValue.Of("tahun", tahun), FindingValue.Of("predikat", result.ToLabel()) };
        if (detail.Key.Length > 0)
        {
            values.Add(detail);
        }

        var explanation = definition.Create(
            RuleSetId.PermenPanRb6Tahun2022,
            "SaranPredikatTahunan." + metode,
            items.Select(i => FindingValue.Of(i.Periode.ToString(), i.Predikat.ToLabel())),
            values,
            new[] { new AppliedPolicy("MetodeSaranTahunan", metode.ToString(), false) });
        return Result.Success(new Saran<PredikatKinerja>(result, explanation));
    }
}
