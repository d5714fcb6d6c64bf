using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// A mapping from the grade point average (IPK, 0.00–4.00) of an employee on study leave to the assessment of the
/// academic result, as the PPK or the agency decided it. No national table exists under PermenPANRB 6/2022 (deriving the
/// predicate from the GPA was the PP 46/2011 regime), so there is <b>no default</b>: without a decided mapping the
/// assessment stays with the PPK (<see cref="SaranRatingTugasBelajar.SuggestIpk"/> reports PRD009).
/// </summary>
/// <remarks>Immutable and thread-safe. Every explanation that used a mapping names it, marked as not a default.</remarks>
public sealed class PemetaanIpk : IEquatable<PemetaanIpk>
{
    /// <summary>The highest grade point average.</summary>
    public const decimal IpkMaksimum = 4m;

    /// <summary>Creates a mapping: IPK ≥ <paramref name="batasDiAtas"/> is above expectation, ≥ <paramref name="batasSesuai"/> as expected, below it below.</summary>
    /// <param name="nama">Who decided it, as reported (e.g. <c>Keputusan Kepala BKPSDM 800/12/2024</c>).</param>
    /// <param name="batasDiAtas">The lowest IPK above expectation, 0 to 4.</param>
    /// <param name="batasSesuai">The lowest IPK as expected, 0 to <paramref name="batasDiAtas"/>.</param>
    /// <exception cref="ArgumentException">The name is blank or the thresholds are out of range or reversed.</exception>
    public PemetaanIpk(string nama, decimal batasDiAtas, decimal batasSesuai)
    {
        Nama = Preconditions.CheckNotBlank(nama);
        Preconditions.CheckRange(batasDiAtas, 0m, IpkMaksimum);
        Preconditions.CheckRange(batasSesuai, 0m, IpkMaksimum);
        Preconditions.CheckArgument(batasSesuai <= batasDiAtas, nameof(batasSesuai), "The threshold for 'as expected' must not be above the threshold for 'above expectation'.");
        BatasDiAtas = batasDiAtas;
        BatasSesuai = batasSesuai;
    }

    /// <summary>Who decided the mapping.</summary>
    public string Nama { get; }

    /// <summary>The lowest IPK above expectation.</summary>
    public decimal BatasDiAtas { get; }

    /// <summary>The lowest IPK as expected.</summary>
    public decimal BatasSesuai { get; }

    /// <summary>Whether two mappings are equal.</summary>
    /// <param name="left">The first mapping.</param>
    /// <param name="right">The second mapping.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PemetaanIpk? left, PemetaanIpk? right) => Equals(left, right);

    /// <summary>Whether two mappings differ.</summary>
    /// <param name="left">The first mapping.</param>
    /// <param name="right">The second mapping.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PemetaanIpk? left, PemetaanIpk? right) => !Equals(left, right);

    /// <summary>The assessment of an IPK.</summary>
    /// <param name="ipk">The IPK, 0 to 4.</param>
    /// <returns>The assessment; it never falls when the IPK rises.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ipk"/> is out of range.</exception>
    public Ekspektasi Map(decimal ipk)
    {
        Preconditions.CheckRange(ipk, 0m, IpkMaksimum);
        return ipk >= BatasDiAtas ? Ekspektasi.DiAtas : ipk >= BatasSesuai ? Ekspektasi.Sesuai : Ekspektasi.DiBawah;
    }

    /// <summary>The policy as reported in explanations; never a default.</summary>
    /// <returns>The applied policy record.</returns>
    public AppliedPolicy AsAppliedPolicy() => new(
        "PemetaanIpk", string.Format(CultureInfo.InvariantCulture, "{0} (Di Atas ≥ {1}, Sesuai ≥ {2})", Nama, BatasDiAtas, BatasSesuai), isDefault: false);

    /// <inheritdoc />
    public bool Equals(PemetaanIpk? other) =>
        other is not null && string.Equals(Nama, other.Nama, StringComparison.Ordinal) && BatasDiAtas == other.BatasDiAtas && BatasSesuai == other.BatasSesuai;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PemetaanIpk);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Nama), BatasDiAtas, BatasSesuai);

    /// <summary>The mapping as reported.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => AsAppliedPolicy().Choice;
}

/// <summary>
/// Suggests the assessment of the academic result of a study-leave SKP (<see cref="JenisSkp.TugasBelajar"/>) from the
/// GPA, only through a mapping the PPK or the agency decided (<see cref="PemetaanIpk"/>). Other results (graduating on
/// time, assignments) are assessed by the PPK; combine everything with <see cref="SaranRatingHasilKerja.Suggest"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SaranRatingTugasBelajar
{
    /// <summary>Suggests the assessment of an academic result from its IPK.</summary>
    /// <param name="ipk">The IPK achieved, 0 to 4.</param>
    /// <param name="pemetaan">The mapping the PPK or agency decided; null when none is decided.</param>
    /// <returns>The suggestion naming the mapping; without a mapping, a failure with PRD009 (the PPK assesses the result).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ipk"/> is out of range.</exception>
    public static Result<Saran<Ekspektasi>> SuggestIpk(decimal ipk, PemetaanIpk? pemetaan)
    {
        Preconditions.CheckRange(ipk, 0m, PemetaanIpk.IpkMaksimum);
        var text = ipk.ToString("0.00", CultureInfo.InvariantCulture);
        if (pemetaan is null)
        {
            return Result.Failure<Saran<Ekspektasi>>(PredicateFindings.TanpaPemetaanIpk.Create(string.Empty, FindingValue.Of("ipk", text)));
        }

        var rating = pemetaan.Map(ipk);
        var explanation = PredicateExplanations.SaranRatingTugasBelajar.Create(
            RuleSetId.PermenPanRb6Tahun2022,
            PredicateExplanations.SaranRatingTugasBelajar.Key,
            new[] { FindingValue.Of("ipk", text) },
            new[] { FindingValue.Of("rating", rating.ToLabel()), FindingValue.Of("pemetaan", pemetaan.ToString()) },
            new[] { pemetaan.AsAppliedPolicy() });
        return Result.Success(new Saran<Ekspektasi>(rating, explanation));
    }
}
