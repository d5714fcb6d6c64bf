using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// The rules of PermenPANRB 6/2022 on the content of an SKP, returned as findings (never thrown): a main result,
/// intervention of the superior's results (JA/JF), perspectives (JPT), targets that fit the approach, a period within
/// one year, the deadline for setting it, the appraising official's level, and all seven BerAKHLAK values.
/// </summary>
/// <remarks>Stateless and thread-safe. The rule set is <see cref="RuleSetId.PermenPanRb6Tahun2022"/>.</remarks>
public static class SkpRules
{
    /// <summary>The rule set these rules belong to.</summary>
    public static RuleSetId RuleSet => RuleSetId.PermenPanRb6Tahun2022;

    /// <summary>Checks an SKP.</summary>
    /// <param name="skp">The SKP.</param>
    /// <param name="options">The policies; null for <see cref="SkpRuleOptions.Default"/>.</param>
    /// <returns>The findings, in rule order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skp"/> is null.</exception>
    public static ValidationResult Validate(Skp skp, SkpRuleOptions? options = null)
    {
        Preconditions.CheckNotNull(skp);
        options ??= SkpRuleOptions.Default;
        var findings = new List<Finding>();
        var isJpt = skp.Jabatan.IsJpt;

        if (!skp.HasilKerja.Any(r => r.Jenis == JenisRhk.Utama))
        {
            findings.Add(SkpFindings.TanpaHasilKerjaUtama.Create(skp.Id, FindingValue.Of("skp", skp.Id)));
        }

        foreach (var rhk in skp.HasilKerja)
        {
            // A study-leave SKP carries academic expectations and assignments agreed with the PPK: they need not intervene a superior result.
            if (!isJpt && skp.Jenis == JenisSkp.Reguler && rhk.Jenis == JenisRhk.Utama && rhk.RhkAtasanId is null)
            {
                findings.Add(SkpFindings.RhkUtamaTanpaIntervensi.Create(rhk.Id, FindingValue.Of("rhk", rhk.Id)));
            }

            if (isJpt && rhk.SumberKinerjaOrganisasi is null && rhk.PenugasanDari is null)
            {
                findings.Add(SkpFindings.RhkJptTanpaSumber.Create(rhk.Id, FindingValue.Of("rhk", rhk.Id)));
            }

            if (rhk.Indikator.Length == 0)
            {
                findings.Add(SkpFindings.RhkTanpaIki.Create(rhk.Id, FindingValue.Of("rhk", rhk.Id)));
            }

            foreach (var iki in rhk.Indikator)
            {
                CheckIki(skp, iki, isJpt, findings);
            }

            if (options.WajibAspekInti && skp.Pendekatan == PendekatanSkp.Kuantitatif && rhk.Indikator.Length > 0)
            {
                foreach (var aspek in new[] { AspekIki.Kuantitas, AspekIki.Kualitas, AspekIki.Waktu })
                {
                    if (!rhk.Indikator.Any(i => i.Aspek == aspek))
                    {
                        findings.Add(SkpFindings.AspekIntiTidakLengkap.Create(rhk.Id, FindingValue.Of("rhk", rhk.Id), FindingValue.Of("aspek", aspek.ToString()), FindingValue.Of("kebijakan", "WajibAspekInti=Ya")));
                    }
                }
            }
        }

        if (!skp.Periode.IsWithinOneYear)
        {
            findings.Add(SkpFindings.PeriodeLintasTahun.Create(skp.Id, FindingValue.Of("skp", skp.Id), FindingValue.Of("periode", skp.Periode.ToString())));
        }

        CheckDeadline(skp, options, findings);

        if (IsPpkBelowPengawas(skp.PejabatPenilai))
        {
            findings.Add(SkpFindings.PpkDiBawahPengawas.Create(skp.Id, FindingValue.Of("ppk", skp.PejabatPenilai.Nip?.ToString() ?? skp.PejabatPenilai.Pejabat.ToString()), FindingValue.Of("jabatan", skp.PejabatPenilai.Jabatan?.ToString() ?? string.Empty)));
        }

        for (var v = NilaiBerakhlak.BerorientasiPelayanan; v <= NilaiBerakhlak.Kolaboratif; v++)
        {
            var value = v;
            if (!skp.PerilakuKerja.Any(p => p.Nilai == value))
            {
                findings.Add(SkpFindings.NilaiBerakhlakTidakAda.Create(skp.Id, FindingValue.Of("skp", skp.Id), FindingValue.Of("nilai", value.ToString())));
            }
        }

        return new ValidationResult(findings);
    }

    /// <summary>The deadline for setting an SKP under a policy, or null when the policy checks none.</summary>
    /// <param name="periode">The SKP's period.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The last allowed date, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    public static LocalDate? GetBatasPenetapan(PeriodeKinerja periode, BatasPenetapanSkp policy)
    {
        Preconditions.CheckNotNull(periode);
        return Preconditions.CheckDefined(policy) switch
        {
            BatasPenetapanSkp.AkhirJanuari => new LocalDate(periode.Tahun, 1, 31),
            BatasPenetapanSkp.AkhirBulanPertamaPeriode => periode.Awal.With(DateAdjusters.EndOfMonth),
            _ => null,
        };
    }

    /// <summary>
    /// SKP011 applies only to a definitive ASN PPK below <em>pengawas</em> who heads no unit under an additional duty:
    /// a non-ASN official (minister, governor, regent) stands above the ladder, a principal or head of a health centre
    /// heads the unit, and Plt, Plh and delegation are exempt.
    /// </summary>
    private static bool IsPpkBelowPengawas(PejabatPenilaiKinerja ppk) =>
        ppk.Status == StatusPenilai.Asn && ppk.Kewenangan == KewenanganPenilai.Definitif && !ppk.Pejabat.HasTugasTambahan
        && ppk.Jabatan is { IsAtLeastPengawas: false };

    private static void CheckIki(Skp skp, IndikatorKinerjaIndividu iki, bool isJpt, List<Finding> findings)
    {
        if (isJpt && iki.Perspektif is null)
        {
            findings.Add(SkpFindings.IkiJptTanpaPerspektif.Create(iki.Id, FindingValue.Of("iki", iki.Id)));
        }

        var target = iki.Target;
        if (skp.Pendekatan == PendekatanSkp.Kuantitatif)
        {
            if (!target.IsKuantitatif)
            {
                findings.Add(SkpFindings.TargetTidakSesuaiPendekatan.Create(iki.Id, FindingValue.Of("iki", iki.Id), FindingValue.Of("jenisTarget", "kualitatif"), FindingValue.Of("pendekatan", "kuantitatif")));
                return;
            }

            if (target.Nilai <= 0m)
            {
                findings.Add(SkpFindings.TargetTidakPositif.Create(iki.Id, FindingValue.Of("iki", iki.Id), FindingValue.Of("target", target.Nilai!.Value)));
            }

            if (string.IsNullOrWhiteSpace(target.Satuan))
            {
                findings.Add(SkpFindings.TargetTanpaSatuan.Create(iki.Id, FindingValue.Of("iki", iki.Id)));
            }

            if (iki.Aspek is null)
            {
                findings.Add(SkpFindings.IkiTanpaAspek.Create(iki.Id, FindingValue.Of("iki", iki.Id)));
            }
        }
        else
        {
            if (target.IsKuantitatif)
            {
                findings.Add(SkpFindings.TargetTidakSesuaiPendekatan.Create(iki.Id, FindingValue.Of("iki", iki.Id), FindingValue.Of("jenisTarget", "kuantitatif"), FindingValue.Of("pendekatan", "kualitatif")));
                return;
            }

            if (string.IsNullOrWhiteSpace(target.Uraian))
            {
                findings.Add(SkpFindings.TargetKualitatifKosong.Create(iki.Id, FindingValue.Of("iki", iki.Id)));
            }
        }
    }

    private static void CheckDeadline(Skp skp, SkpRuleOptions options, List<Finding> findings)
    {
        if (skp.Status is not (StatusSkp.Disetujui or StatusSkp.Ditutup))
        {
            return;
        }

        if (skp.TanggalPenetapan is not { } tanggal)
        {
            findings.Add(SkpFindings.TanpaTanggalPenetapan.Create(skp.Id, FindingValue.Of("skp", skp.Id), FindingValue.Of("status", skp.Status.ToString())));
            return;
        }

        var batas = GetBatasPenetapan(skp.Periode, options.BatasPenetapan);
        if (batas is { } b && tanggal > b)
        {
            findings.Add(SkpFindings.PenetapanTerlambat.Create(
                skp.Id,
                FindingValue.Of("skp", skp.Id),
                FindingValue.Of("tanggal", tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FindingValue.Of("batas", b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FindingValue.Of("kebijakan", "BatasPenetapanSkp=" + options.BatasPenetapan)));
        }
    }
}
