using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The behaviour rules of each rule set as rules objects (<see cref="IPerilakuKerjaRules"/>):
/// <see cref="SeMenPanRb20Tahun2021"/> holds the BerAKHLAK catalogue of SE MenPANRB 20/2021, checks behaviour records
/// (<see cref="CatatanPerilakuKerja"/>) against PermenPANRB 6/2022, suggests the overall rating under a named policy and
/// explains the PPK's decision.
/// </summary>
/// <remarks>
/// Configure an instance with <see cref="IPerilakuKerjaRules.WithOptions"/>; compose a registry from <see cref="All"/>.
/// Stateless and thread-safe. Every result is independent of the order in which feedback entries were given.
/// </remarks>
public static class PerilakuKerjaRules
{
    /// <summary>
    /// The behaviour rules of SE MenPANRB 20/2021 (the catalogue <see cref="KatalogBerakhlak.SeMenPanRb20Tahun2021"/>)
    /// with the documented default policies (<see cref="PerilakuKerjaOptions.Default"/>).
    /// </summary>
    public static IPerilakuKerjaRules SeMenPanRb20Tahun2021 { get; } = new PerilakuKerjaRulesSeMenPanRb20Tahun2021(PerilakuKerjaOptions.Default);

    /// <summary>Every built-in behaviour rules object, with its default policies, oldest rule set first.</summary>
    public static ImmutableArray<IPerilakuKerjaRules> All { get; } = ImmutableArray.Create(SeMenPanRb20Tahun2021);

    /// <summary>The checks of a behaviour record (the body of <see cref="IPerilakuKerjaRules.Validate"/>).</summary>
    internal static ValidationResult Validate(CatatanPerilakuKerja catatan, LocalDate? tanggalPemeriksaan)
    {
        Preconditions.CheckNotNull(catatan);
        if (tanggalPemeriksaan is { } tanggal)
        {
            Preconditions.CheckIso(tanggal, nameof(tanggalPemeriksaan));
        }

        var skp = catatan.Skp;
        var periode = skp.Periode;
        var findings = new List<Finding>();

        foreach (var u in catatan.UmpanBalik)
        {
            if (!periode.Contains(u.Tanggal))
            {
                findings.Add(PerilakuKerjaFindings.UmpanBalikDiLuarPeriode.Create(
                    u.Id,
                    FindingValue.Of("umpanBalik", u.Id),
                    FindingValue.Of("tanggal", u.Tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    FindingValue.Of("skp", skp.Id),
                    FindingValue.Of("periode", periode.ToString())));
            }

            if (u.BuktiDukung.IsEmpty)
            {
                findings.Add(PerilakuKerjaFindings.UmpanBalikTanpaBuktiDukung.Create(u.Id, FindingValue.Of("umpanBalik", u.Id), FindingValue.Of("nilai", u.Nilai.ToString())));
            }

            if (!u.IsDariPejabatPenilai && u.Penilaian is { } p)
            {
                findings.Add(PerilakuKerjaFindings.PenilaianPadaMasukan360.Create(
                    u.Id,
                    FindingValue.Of("umpanBalik", u.Id),
                    FindingValue.Of("sumber", u.Sumber.ToString()),
                    FindingValue.Of("penilaian", p.ToString()),
                    FindingValue.Of("nilai", u.Nilai.ToString())));
            }
        }

        var dalamPeriode = catatan.UmpanBalikDalamPeriode.ToList();
        if (tanggalPemeriksaan is null || tanggalPemeriksaan.Value >= periode.Akhir)
        {
            for (var v = NilaiBerakhlak.BerorientasiPelayanan; v <= NilaiBerakhlak.Kolaboratif; v++)
            {
                var nilai = v;
                if (catatan.GetEkspektasiKhusus(nilai) is not null && !dalamPeriode.Any(u => u.Nilai == nilai && u.IsDariPejabatPenilai))
                {
                    findings.Add(PerilakuKerjaFindings.EkspektasiTanpaUmpanBalik.Create(
                        nilai.ToKode(),
                        FindingValue.Of("nilai", nilai.ToString()),
                        FindingValue.Of("skp", skp.Id),
                        FindingValue.Of("periode", periode.ToString())));
                }
            }
        }

        if (catatan.Penilaian is { } penilaian)
        {
            var rating = FindingValue.Of("rating", penilaian.Rating.ToString());
            // A non-ASN PPK (a regent, a minister) has no NIP to compare the recorder with: BHV007 checks ASN PPKs only.
            if (skp.PejabatPenilai.Nip is { } ppk && penilaian.DitetapkanOleh != ppk)
            {
                findings.Add(PerilakuKerjaFindings.RatingBukanOlehPpk.Create(
                    skp.Id,
                    FindingValue.Of("skp", skp.Id),
                    FindingValue.Of("oleh", penilaian.DitetapkanOleh.ToString()),
                    FindingValue.Of("ppk", ppk.ToString())));
            }

            if (dalamPeriode.Count == 0)
            {
                findings.Add(PerilakuKerjaFindings.RatingTanpaUmpanBalik.Create(skp.Id, FindingValue.Of("skp", skp.Id), rating, FindingValue.Of("periode", periode.ToString())));
            }
            else if (!dalamPeriode.Any(u => u.IsDariPejabatPenilai))
            {
                findings.Add(PerilakuKerjaFindings.RatingHanyaDariMasukan360.Create(skp.Id, FindingValue.Of("skp", skp.Id), rating, FindingValue.Of("jumlah", dalamPeriode.Count)));
            }
        }

        return new ValidationResult(findings);
    }
}
