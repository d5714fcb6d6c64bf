using System.Globalization;
using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// Checks a behaviour record (<see cref="CatatanPerilakuKerja"/>) and returns findings, never throws: expectations
/// without feedback, feedback without evidence or outside the period, a rating with no feedback behind it, 360° input
/// presented as the PPK's rating, and a rating recorded by someone other than the PPK.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The result is independent of the order in which feedback entries were given. Findings
/// come in a fixed order: per entry (by date then ID) <c>BHV006</c>, <c>BHV002</c>, <c>BHV005</c>; then per value (in
/// the order of the acronym) <c>BHV001</c>; then on the rating <c>BHV007</c>, <c>BHV003</c>, <c>BHV004</c>.
/// </remarks>
public static class PerilakuKerjaRules
{
    /// <summary>The rule set these rules belong to.</summary>
    public static RuleSetId RuleSet => RuleSetId.PermenPanRb6Tahun2022;

    /// <summary>Checks a behaviour record.</summary>
    /// <param name="catatan">The record.</param>
    /// <param name="tanggalPemeriksaan">
    /// The date of the check; <c>BHV001</c> (expectation without feedback) is reported only once the SKP period is over
    /// on that date. Null checks as if the period were over.
    /// </param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catatan"/> is null.</exception>
    public static ValidationResult Validate(CatatanPerilakuKerja catatan, LocalDate? tanggalPemeriksaan = null)
    {
        Preconditions.CheckNotNull(catatan);
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
