using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// The SKP rules of each regulation as rules objects (<see cref="ISkpRules"/>): <see cref="PermenPanRb6Tahun2022"/>
/// checks the content of an SKP and returns findings (never throws): a main result, intervention of the superior's
/// results (JA/JF), perspectives (JPT), targets that fit the approach, a period within one year, the deadline for
/// setting it, the appraising official's level, and all seven BerAKHLAK values.
/// </summary>
/// <remarks>
/// Configure an instance with <see cref="ISkpRules.WithOptions"/>; compose a registry from <see cref="All"/>.
/// Stateless and thread-safe.
/// </remarks>
public static class SkpRules
{
    /// <summary>The SKP rules of PermenPANRB 6/2022 with the documented default policies (<see cref="SkpRuleOptions.Default"/>).</summary>
    public static ISkpRules PermenPanRb6Tahun2022 { get; } = new SkpRulesPermenPanRb6Tahun2022(SkpRuleOptions.Default);

    /// <summary>Every built-in SKP rules object, with its default policies, oldest rule set first.</summary>
    public static ImmutableArray<ISkpRules> All { get; } = ImmutableArray.Create(PermenPanRb6Tahun2022);

    /// <summary>The rules of PermenPANRB 6/2022, in rule order (the body of <see cref="PermenPanRb6Tahun2022"/>).</summary>
    internal static ValidationResult Validate(Skp skp, SkpRuleOptions? options = null)
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
    internal static LocalDate? GetBatasPenetapan(PeriodeKinerja periode, BatasPenetapanSkp policy)
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
