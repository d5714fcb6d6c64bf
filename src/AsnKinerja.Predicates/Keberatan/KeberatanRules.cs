using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// The rules of PP 30/2019 Pasal 59 on objections, returned as findings: the objection is filed within 14 days of
/// receiving the result (PRD004), and it is decided by the PPK's superior (PRD005; PRD006 when no superior is recorded).
/// The decision is final: <see cref="PredikatAkhir"/> applies it.
/// </summary>
/// <remarks>
/// PP 30/2019 is written for PNS; the same procedure is applied to PPPK, whom PermenPANRB 6/2022 manages alike.
/// Stateless and thread-safe.
/// </remarks>
public static class KeberatanRules
{
    /// <summary>The last day an objection may be filed.</summary>
    /// <param name="tanggalDiterima">The date the employee received the evaluation result.</param>
    /// <param name="options">The counting policy; null for <see cref="KeberatanOptions.Default"/>.</param>
    /// <returns>The receipt date plus 14 calendar days, or the 14th working day after it.</returns>
    /// <exception cref="ArgumentException"><paramref name="tanggalDiterima"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The last day would fall after <see cref="LocalDate.MaxIsoValue"/> (9999-12-31).</exception>
    public static LocalDate GetBatasPengajuan(LocalDate tanggalDiterima, KeberatanOptions? options = null)
    {
        Preconditions.CheckIso(tanggalDiterima);
        options ??= KeberatanOptions.Default;
        if (options.Penghitungan == PenghitunganHariKeberatan.HariKalender)
        {
            CheckBeforeMaxIso(tanggalDiterima, KeberatanOptions.BatasHari);
            return tanggalDiterima.PlusDays(KeberatanOptions.BatasHari);
        }

        var day = tanggalDiterima;
        for (var counted = 0; counted < KeberatanOptions.BatasHari;)
        {
            CheckBeforeMaxIso(day, 1);
            day = day.PlusDays(1);
            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && ImmutableArray.BinarySearch(options.HariLibur, day) < 0)
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Checks an objection and, when decided, its decision.</summary>
    /// <param name="keberatan">The objection.</param>
    /// <param name="keputusan">The decision on it, or null while undecided.</param>
    /// <param name="atasanPejabatPenilai">The PPK's superior in office when the objection was decided (a Plt when one acted), or null when not recorded.</param>
    /// <param name="options">The policies; null for <see cref="KeberatanOptions.Default"/>.</param>
    /// <returns>PRD004 when late; PRD005 when decided by another official; PRD006 when decided but no superior is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keberatan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="keputusan"/> decides another objection.</exception>
    public static ValidationResult Validate(Keberatan keberatan, KeputusanKeberatan? keputusan, Pejabat? atasanPejabatPenilai, KeberatanOptions? options = null)
    {
        Preconditions.CheckNotNull(keberatan);
        Preconditions.CheckArgument(keputusan is null || keputusan.Keberatan == keberatan, nameof(keputusan), "The decision is about another objection.");
        options ??= KeberatanOptions.Default;
        var findings = new List<Finding>();
        var subject = keberatan.Pegawai.ToString();
        var batas = GetBatasPengajuan(keberatan.TanggalDiterima, options);
        if (keberatan.TanggalDiajukan > batas)
        {
            findings.Add(PredicateFindings.KeberatanTerlambat.Create(
                subject,
                FindingValue.Of("pegawai", subject),
                FindingValue.Of("diterima", Date(keberatan.TanggalDiterima)),
                FindingValue.Of("diajukan", Date(keberatan.TanggalDiajukan)),
                FindingValue.Of("batas", Date(batas)),
                FindingValue.Of("kebijakan", "PenghitunganHariKeberatan=" + options.Penghitungan)));
        }

        if (keputusan is not null)
        {
            if (atasanPejabatPenilai is null)
            {
                findings.Add(PredicateFindings.AtasanPpkTidakTercatat.Create(subject, FindingValue.Of("pegawai", subject), FindingValue.Of("oleh", keputusan.DiputuskanOleh.ToString())));
            }
            else if (!keputusan.DiputuskanOleh.IsSameOfficial(atasanPejabatPenilai))
            {
                findings.Add(PredicateFindings.KeberatanBukanOlehAtasanPpk.Create(
                    subject, FindingValue.Of("pegawai", subject), FindingValue.Of("oleh", keputusan.DiputuskanOleh.ToString()), FindingValue.Of("atasan", atasanPejabatPenilai.ToString())));
            }
        }

        return new ValidationResult(findings);
    }

    /// <summary>Checks an objection against the SKP it is about, whose <see cref="Skp.AtasanPejabatPenilai"/> is the expected decider.</summary>
    /// <param name="skp">The SKP of the evaluated period.</param>
    /// <param name="keberatan">The objection; by the SKP's employee.</param>
    /// <param name="keputusan">The decision on it, or null while undecided.</param>
    /// <param name="options">The policies; null for <see cref="KeberatanOptions.Default"/>.</param>
    /// <returns>The findings of <see cref="Validate(Keberatan, KeputusanKeberatan?, Pejabat?, KeberatanOptions?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skp"/> or <paramref name="keberatan"/> is null.</exception>
    /// <exception cref="ArgumentException">The objection is by another employee, or the decision is about another objection.</exception>
    public static ValidationResult Validate(Skp skp, Keberatan keberatan, KeputusanKeberatan? keputusan, KeberatanOptions? options = null)
    {
        Preconditions.CheckNotNull(skp);
        Preconditions.CheckNotNull(keberatan);
        Preconditions.CheckArgument(keberatan.Pegawai == skp.Pegawai, nameof(keberatan), "The objection is by another employee than the SKP's.");
        return Validate(keberatan, keputusan, skp.AtasanPejabatPenilai, options);
    }

    private static string Date(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckBeforeMaxIso(LocalDate tanggalDiterima, int days)
    {
        if (tanggalDiterima > LocalDate.MaxIsoValue.PlusDays(-days))
        {
            throw new ArgumentOutOfRangeException(nameof(tanggalDiterima), tanggalDiterima, "The last day to object would fall after 9999-12-31, the last ISO date.");
        }
    }
}
