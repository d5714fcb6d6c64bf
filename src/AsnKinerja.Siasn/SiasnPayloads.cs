using System.Collections.Immutable;
using System.Globalization;
using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Siasn;

/// <summary>
/// Builds SIASN's write payloads from the library's results and validates them before anything is sent: each builder
/// returns a <see cref="Result{T}"/> whose value exists only when no finding is an error (a missing evaluator field, a
/// period SIASN cannot express, a <c>koefisienId</c> of another level, an empty SIASN identifier: <c>SIA001</c>…), so a
/// half-valid payload never leaves the library.
/// </summary>
/// <remarks>
/// <para>Which to call: <c>Skp22</c> for an annual evaluation, <c>KinerjaPeriodik</c> for a monthly or quarterly one,
/// <c>AngkaKredit</c> for the angka kredit of a functional official. Each takes the employee's
/// <see cref="PredikatAkhir"/> (the ratings and the computed predicate are in its <see cref="PredikatAkhir.Keputusan"/>;
/// the predicate sent is the final one) and the SKP or, for employees whose SKP is not at hand, the employee's NIP,
/// period and evaluator. Write the value with <see cref="SiasnJson"/>.</para>
/// <para>SIASN's identifiers (<c>pnsDinilaiOrang</c>, <c>pnsId</c>, <c>rwJabatanId</c>) are SIASN's own and come from the
/// caller; the library never guesses them. Stateless and thread-safe.</para>
/// </remarks>
public static class SiasnPayloads
{
    /// <summary>The <c>skp22</c> payload of an employee's annual evaluation, from the SKP (employee, period, PPK) and the final predicate.</summary>
    /// <param name="skp">The SKP the evaluation is of; its PPK is the evaluator.</param>
    /// <param name="predikat">The employee's final predicate, with the ratings it was computed from.</param>
    /// <param name="pnsDinilaiOrang">SIASN's identifier of the employee; empty is a finding (SIA004).</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN, or null for none.</param>
    /// <returns>The payload, or the findings that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skp"/> or <paramref name="predikat"/> is null.</exception>
    /// <exception cref="ArgumentException">The final predicate is of another employee than the SKP's, or <paramref name="path"/> holds null.</exception>
    public static Result<Skp22Payload> Skp22(Skp skp, PredikatAkhir predikat, string? pnsDinilaiOrang, string? id = null, IEnumerable<DokumenSiasn>? path = null)
    {
        Preconditions.CheckNotNull(skp);
        return Skp22(skp.Pegawai, skp.Periode, skp.PejabatPenilai.Pejabat, predikat, pnsDinilaiOrang, id, path);
    }

    /// <summary>The <c>skp22</c> payload of an employee's annual evaluation, from the employee, the period, the evaluator and the final predicate.</summary>
    /// <param name="pegawai">The evaluated employee.</param>
    /// <param name="periode">The evaluation period: the year, or part of one year (SIA006 warns; crossing a year is SIA007).</param>
    /// <param name="penilai">The evaluator (the PPK) with the fields SIASN records: name, rank, position as written and unit.</param>
    /// <param name="predikat">The employee's final predicate, with the ratings it was computed from.</param>
    /// <param name="pnsDinilaiOrang">SIASN's identifier of the employee; empty is a finding (SIA004).</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN, or null for none.</param>
    /// <returns>The payload, or the findings that stop it.</returns>
    /// <exception cref="ArgumentNullException">An argument other than the SIASN texts is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, the final predicate is of another employee, or <paramref name="path"/> holds null.</exception>
    public static Result<Skp22Payload> Skp22(Nip pegawai, PeriodeKinerja periode, Pejabat penilai, PredikatAkhir predikat, string? pnsDinilaiOrang, string? id = null, IEnumerable<DokumenSiasn>? path = null)
    {
        CheckEmployee(pegawai, periode, penilai, predikat);
        var dokumen = Documents(path);
        var findings = new List<Finding>();
        var subject = pegawai.ToString();
        if (!periode.IsWithinOneYear)
        {
            findings.Add(SiasnFindings.PeriodeLintasTahun.Create(subject, FindingValue.Of("pegawai", subject), FindingValue.Of("periode", periode.ToString())));
        }
        else if (periode.Jenis != JenisPeriode.Tahunan)
        {
            findings.Add(SiasnFindings.PeriodeSebagianTahun.Create(subject, FindingValue.Of("tahun", periode.Tahun), FindingValue.Of("pegawai", subject), FindingValue.Of("periode", periode.ToString())));
        }

        var siasnPenilai = PenilaiSiasn.From(penilai);
        CheckPenilai(subject, siasnPenilai, "penilaiJabatan", findings);
        CheckIdentifier(subject, "pnsDinilaiOrang", pnsDinilaiOrang, findings);
        CheckQuadrant(subject, predikat, findings);
        var terhitung = predikat.Keputusan.Terhitung;
        return Build(findings, () => new Skp22Payload(
            Blank(id), periode.Tahun, terhitung.RatingHasilKerja, terhitung.RatingPerilakuKerja, predikat.Predikat, siasnPenilai, pnsDinilaiOrang!, dokumen));
    }

    /// <summary>
    /// The <c>skp22</c> payload of one employee of an evaluation period (an element of <see cref="EvaluasiPeriodeResult.Pegawai"/>,
    /// or <see cref="EvaluasiPeriodeResult.Get"/>): the period, the ratings, the computed and the final predicate come from the
    /// period (after <see cref="EvaluasiPeriodeResult.Tetapkan"/>, the decided one); the evaluator is the PPK recorded with
    /// the ratings (<see cref="EvaluasiPegawai.PejabatPenilai"/>) unless one is given.
    /// </summary>
    /// <param name="pegawai">The employee's evaluation in the period.</param>
    /// <param name="pnsDinilaiOrang">SIASN's identifier of the employee; empty is a finding (SIA004).</param>
    /// <param name="penilai">The evaluator with the fields SIASN records, or null for the PPK recorded with the ratings (none recorded is SIA014).</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN, or null for none.</param>
    /// <returns>The payload, or the findings that stop it: an employee not evaluated in the period is SIA013; an objection not decided yet warns (SIA015).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> holds null.</exception>
    public static Result<Skp22Payload> Skp22(EvaluasiPegawai pegawai, string? pnsDinilaiOrang, Pejabat? penilai = null, string? id = null, IEnumerable<DokumenSiasn>? path = null)
    {
        var findings = FromPeriode(pegawai, penilai, "pnsDinilaiOrang", pnsDinilaiOrang, out var ppk);
        return ppk is null
            ? Result.Failure<Skp22Payload>(findings)
            : With(findings, Skp22(pegawai.Nip, pegawai.Periode, ppk, pegawai.Akhir!, pnsDinilaiOrang, id, path));
    }

    /// <summary>
    /// The <c>kinerjaperiodik</c> payload of one employee of a monthly or quarterly evaluation period (an element of
    /// <see cref="EvaluasiPeriodeResult.Pegawai"/>): the period, ratings and predicates come from the period; the evaluator is
    /// the PPK recorded with the ratings unless one is given.
    /// </summary>
    /// <param name="pegawai">The employee's evaluation in the period (a calendar month or a quarter; anything else is SIA002).</param>
    /// <param name="jabatan">The employee's position (a functional level gets a <c>koefisienId</c>).</param>
    /// <param name="pnsDinilaiId">SIASN's identifier of the employee; empty is a finding (SIA004).</param>
    /// <param name="penilai">The evaluator with the fields SIASN records, or null for the PPK recorded with the ratings (none recorded is SIA014).</param>
    /// <param name="koefisien">For a functional official, the <c>koefisienId</c> to send (SIA003, SIA009); null to let the policy choose it (SIA008).</param>
    /// <param name="options">The policies; null for <see cref="SiasnOptions.Default"/>.</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN, or null for none.</param>
    /// <returns>The payload, or the findings that stop it: an employee not evaluated in the period is SIA013; an objection not decided yet warns (SIA015).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentException">The position is unset, or <paramref name="path"/> holds null.</exception>
    public static Result<KinerjaPeriodikPayload> KinerjaPeriodik(
        EvaluasiPegawai pegawai, Jabatan jabatan, string? pnsDinilaiId, Pejabat? penilai = null, KoefisienSiasn? koefisien = null, SiasnOptions? options = null, string? id = null, IEnumerable<DokumenSiasn>? path = null)
    {
        Preconditions.CheckArgument(!jabatan.IsUnset, nameof(jabatan), "The position must not be unset.");
        var findings = FromPeriode(pegawai, penilai, "pnsDinilaiId", pnsDinilaiId, out var ppk);
        return ppk is null
            ? Result.Failure<KinerjaPeriodikPayload>(findings)
            : With(findings, KinerjaPeriodik(pegawai.Nip, jabatan, pegawai.Periode, ppk, pegawai.Akhir!, pnsDinilaiId, koefisien, options, id, path));
    }

    /// <summary>The <c>kinerjaperiodik</c> payload of an employee's periodic evaluation under an SKP (employee, position, PPK).</summary>
    /// <param name="skp">The SKP the evaluation is of; the period must lie inside its period (SIA010).</param>
    /// <param name="periode">The evaluation period: a calendar month or a quarter (anything else is SIA002).</param>
    /// <param name="predikat">The employee's final predicate for the period.</param>
    /// <param name="pnsDinilaiId">SIASN's identifier of the employee; empty is a finding (SIA004).</param>
    /// <param name="koefisien">For a functional official, the <c>koefisienId</c> to send, checked against the level and the policy (SIA003, SIA009); null to let the policy choose it (SIA008 says which).</param>
    /// <param name="options">The policies; null for <see cref="SiasnOptions.Default"/>.</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN, or null for none.</param>
    /// <returns>The payload, or the findings that stop it.</returns>
    /// <exception cref="ArgumentNullException">An argument other than the optional ones is null.</exception>
    /// <exception cref="ArgumentException">The final predicate is of another employee than the SKP's, or <paramref name="path"/> holds null.</exception>
    public static Result<KinerjaPeriodikPayload> KinerjaPeriodik(
        Skp skp, PeriodeKinerja periode, PredikatAkhir predikat, string? pnsDinilaiId, KoefisienSiasn? koefisien = null, SiasnOptions? options = null, string? id = null, IEnumerable<DokumenSiasn>? path = null)
    {
        Preconditions.CheckNotNull(skp);
        Preconditions.CheckNotNull(periode);
        var extra = new List<Finding>();
        if (!skp.Periode.Contains(periode))
        {
            var subject = skp.Pegawai.ToString();
            extra.Add(SiasnFindings.PeriodeDiLuarSkp.Create(
                subject, FindingValue.Of("periode", periode.ToString()), FindingValue.Of("pegawai", subject), FindingValue.Of("skp", skp.Id), FindingValue.Of("periodeSkp", skp.Periode.ToString())));
        }

        return KinerjaPeriodik(skp.Pegawai, skp.Jabatan, periode, skp.PejabatPenilai.Pejabat, predikat, pnsDinilaiId, koefisien, options, id, path, extra);
    }

    /// <summary>The <c>kinerjaperiodik</c> payload of an employee's periodic evaluation, from the employee, position, period, evaluator and final predicate.</summary>
    /// <param name="pegawai">The evaluated employee.</param>
    /// <param name="jabatan">The employee's position (a functional level gets a <c>koefisienId</c>).</param>
    /// <param name="periode">The evaluation period: a calendar month or a quarter (anything else is SIA002).</param>
    /// <param name="penilai">The evaluator (the PPK) with the fields SIASN records.</param>
    /// <param name="predikat">The employee's final predicate for the period.</param>
    /// <param name="pnsDinilaiId">SIASN's identifier of the employee; empty is a finding (SIA004).</param>
    /// <param name="koefisien">For a functional official, the <c>koefisienId</c> to send, checked against the level and the policy (SIA003, SIA009); null to let the policy choose it (SIA008 says which).</param>
    /// <param name="options">The policies; null for <see cref="SiasnOptions.Default"/>.</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN, or null for none.</param>
    /// <returns>The payload, or the findings that stop it.</returns>
    /// <exception cref="ArgumentNullException">An argument other than the optional ones is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, the position unset, the final predicate is of another employee, or <paramref name="path"/> holds null.</exception>
    public static Result<KinerjaPeriodikPayload> KinerjaPeriodik(
        Nip pegawai, Jabatan jabatan, PeriodeKinerja periode, Pejabat penilai, PredikatAkhir predikat, string? pnsDinilaiId,
        KoefisienSiasn? koefisien = null, SiasnOptions? options = null, string? id = null, IEnumerable<DokumenSiasn>? path = null) =>
        KinerjaPeriodik(pegawai, jabatan, periode, penilai, predikat, pnsDinilaiId, koefisien, options, id, path, new List<Finding>());

    /// <summary>The <c>angkakredit</c> payload of a functional official's angka kredit for a period (a conversion from the predicate: <c>isKonversi</c> = 1).</summary>
    /// <param name="pegawai">The official (for the findings).</param>
    /// <param name="hasil">The angka kredit of the period, as the rules computed it.</param>
    /// <param name="periode">The period the credit is for; its months must be the months the credit was computed for (SIA011).</param>
    /// <param name="pnsId">SIASN's identifier of the official; empty is a finding (SIA004).</param>
    /// <param name="rwJabatanId">SIASN's identifier of the position-history record; empty is a finding (SIA004).</param>
    /// <param name="nomorSk">The decree's number; empty is a finding (SIA004).</param>
    /// <param name="tanggalSk">The decree's date; before the end of the period is a warning (SIA012).</param>
    /// <param name="id">SIASN's identifier of the record to update, or null for a new record.</param>
    /// <param name="path">The documents already uploaded to SIASN (the decree), or null for none.</param>
    /// <returns>The payload (credit rounded half away from zero to three decimals), or the findings that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hasil"/> or <paramref name="periode"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, the date is not in the ISO calendar, or <paramref name="path"/> holds null.</exception>
    public static Result<AngkaKreditPayload> AngkaKredit(
        Nip pegawai, AngkaKreditResult hasil, PeriodeKinerja periode, string? pnsId, string? rwJabatanId, string? nomorSk, LocalDate tanggalSk, string? id = null, IEnumerable<DokumenSiasn>? path = null)
    {
        Preconditions.CheckArgument(!pegawai.IsEmpty, nameof(pegawai), "The NIP must not be empty.");
        Preconditions.CheckNotNull(hasil);
        Preconditions.CheckNotNull(periode);
        Preconditions.CheckIso(tanggalSk);
        var dokumen = Documents(path);
        var findings = new List<Finding>();
        var subject = pegawai.ToString();
        CheckIdentifier(subject, "pnsId", pnsId, findings);
        CheckIdentifier(subject, "rwJabatanId", rwJabatanId, findings);
        CheckIdentifier(subject, "nomorSk", nomorSk, findings);
        if (hasil.Bulan != periode.JumlahBulanPenuh && hasil.Bulan != periode.JumlahBulanTersentuh)
        {
            findings.Add(SiasnFindings.BulanAngkaKreditTidakSesuai.Create(
                subject, FindingValue.Of("pegawai", subject), FindingValue.Of("bulan", hasil.Bulan), FindingValue.Of("periode", periode.ToString()), FindingValue.Of("bulanPeriode", periode.JumlahBulanPenuh)));
        }

        if (tanggalSk < periode.Akhir)
        {
            findings.Add(SiasnFindings.TanggalSkSebelumAkhirPeriode.Create(
                subject, FindingValue.Of("tanggalSk", tanggalSk.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), FindingValue.Of("pegawai", subject), FindingValue.Of("periode", periode.ToString())));
        }

        var utama = Math.Round(hasil.Nilai, 3, MidpointRounding.AwayFromZero);
        return Build(findings, () => new AngkaKreditPayload(
            Blank(id), pnsId!, rwJabatanId!, nomorSk!, tanggalSk, new YearMonth(periode.Awal.Year, periode.Awal.Month), new YearMonth(periode.Akhir.Year, periode.Akhir.Month),
            utama, 0m, utama, isKonversi: true, isIntegrasi: false, isAngkaKreditPertama: false, dokumen));
    }

    /// <summary>The month or quarter a period is in SIASN's terms, or why SIASN cannot express it (the sub-text key of SIA002).</summary>
    internal static PeriodeKinerja? ToPeriodik(PeriodeKinerja periode, out string alasan)
    {
        alasan = periode.Jenis switch
        {
            JenisPeriode.Semesteran => "Semesteran",
            JenisPeriode.Tahunan => "Tahunan",
            _ => "Rentang",
        };
        if (periode.Jenis is JenisPeriode.Bulanan or JenisPeriode.Triwulanan)
        {
            return periode;
        }

        if (periode.Jenis != JenisPeriode.Rentang || periode.Awal.Day != 1 || periode.Akhir != periode.Akhir.With(DateAdjusters.EndOfMonth) || !periode.IsWithinOneYear)
        {
            return null;
        }

        var months = periode.JumlahBulanPenuh;
        if (months == 1)
        {
            return PeriodeKinerja.Bulanan(periode.Tahun, periode.Awal.Month);
        }

        return months == 3 && (periode.Awal.Month - 1) % 3 == 0 ? PeriodeKinerja.Triwulanan(periode.Tahun, (Triwulan)(((periode.Awal.Month - 1) / 3) + 1)) : null;
    }

    internal static void CheckPenilai(string subject, PenilaiSiasn penilai, string jabatanField, List<Finding> findings)
    {
        void Missing(string field) => findings.Add(SiasnFindings.PenilaiTidakLengkap.Create(
            subject, FindingValue.Of("pegawai", subject), FindingValue.Of("field", field), FindingValue.Of("penilai", penilai.ToString())));

        if (string.IsNullOrWhiteSpace(penilai.Nama))
        {
            Missing("penilaiNama");
        }

        if (penilai.Status == StatusPenilai.Asn && string.IsNullOrWhiteSpace(penilai.NipNrp))
        {
            Missing("penilaiNipNrp");
        }

        if (penilai.Status == StatusPenilai.Asn && string.IsNullOrWhiteSpace(penilai.Golongan))
        {
            Missing("penilaiGolongan");
        }

        if (string.IsNullOrWhiteSpace(penilai.Jabatan))
        {
            Missing(jabatanField);
        }

        if (string.IsNullOrWhiteSpace(penilai.UnorNama))
        {
            Missing("penilaiUnorNama");
        }
    }

    internal static void CheckIdentifier(string subject, string field, string? value, List<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            findings.Add(SiasnFindings.IsianSiasnKosong.Create(subject, FindingValue.Of("field", field), FindingValue.Of("pegawai", subject)));
        }
    }

    /// <summary>The koefisien to send and the findings about it; null for a position that has none.</summary>
    internal static KoefisienSiasn? CheckKoefisien(string subject, Jabatan jabatan, PredikatKinerja predikat, KoefisienSiasn? given, SiasnOptions options, List<Finding> findings)
    {
        var kebijakan = options.Policies[0].ToString();
        if (jabatan.Jenjang is not { } jenjang)
        {
            if (given is { } k)
            {
                findings.Add(SiasnFindings.KoefisienTidakSesuaiJenjang.Create(
                    subject, FindingValue.Of("koefisien", k.IsEmpty ? "-" : k.Id.ToString(CultureInfo.InvariantCulture)), FindingValue.Of("pegawai", subject),
                    FindingValue.Of("jenjangKoefisien", k.IsEmpty ? "-" : k.Jenjang.ToLabel()), FindingValue.Of("jabatan", jabatan.ToString())));
            }

            return null;
        }

        var expected = KoefisienSiasn.For(jenjang, predikat, options.PemetaanKoefisien);
        if (given is not { } koefisien)
        {
            findings.Add(SiasnFindings.KoefisienDipilih.Create(
                subject, FindingValue.Of("koefisien", expected.Id), FindingValue.Of("pegawai", subject), FindingValue.Of("jenjang", jenjang.ToLabel()),
                FindingValue.Of("predikat", predikat.ToLabel()), FindingValue.Of("kebijakan", kebijakan)));
            return expected;
        }

        if (koefisien.IsEmpty || koefisien.Jenjang != jenjang)
        {
            findings.Add(SiasnFindings.KoefisienTidakSesuaiJenjang.Create(
                subject, FindingValue.Of("koefisien", koefisien.IsEmpty ? "-" : koefisien.Id.ToString(CultureInfo.InvariantCulture)), FindingValue.Of("pegawai", subject),
                FindingValue.Of("jenjangKoefisien", koefisien.IsEmpty ? "-" : koefisien.Jenjang.ToLabel()), FindingValue.Of("jabatan", jenjang.ToLabel())));
        }
        else if (koefisien != expected)
        {
            findings.Add(SiasnFindings.KoefisienTidakSesuaiPredikat.Create(
                subject, FindingValue.Of("koefisien", koefisien.Id), FindingValue.Of("pegawai", subject), FindingValue.Of("predikatKoefisien", koefisien.Predikat.ToLabel()),
                FindingValue.Of("kebijakan", kebijakan), FindingValue.Of("seharusnya", expected.Id), FindingValue.Of("predikat", predikat.ToLabel())));
        }

        return koefisien;
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : Preconditions.CheckWellFormed(text);

    private static Result<KinerjaPeriodikPayload> KinerjaPeriodik(
        Nip pegawai, Jabatan jabatan, PeriodeKinerja periode, Pejabat penilai, PredikatAkhir predikat, string? pnsDinilaiId,
        KoefisienSiasn? koefisien, SiasnOptions? options, string? id, IEnumerable<DokumenSiasn>? path, List<Finding> findings)
    {
        CheckEmployee(pegawai, periode, penilai, predikat);
        Preconditions.CheckArgument(!jabatan.IsUnset, nameof(jabatan), "The position must not be unset.");
        options ??= SiasnOptions.Default;
        var dokumen = Documents(path);
        var subject = pegawai.ToString();
        var periodik = ToPeriodik(periode, out var alasan);
        if (periodik is null)
        {
            findings.Add(SiasnFindings.PeriodeTidakDapatDinyatakan.Create(subject, FindingValue.Of("periode", periode.ToString()), FindingValue.Of("pegawai", subject), FindingValue.Of("alasan", alasan)));
        }

        var siasnPenilai = PenilaiSiasn.From(penilai);
        CheckPenilai(subject, siasnPenilai, "penilaiJabatanNama", findings);
        CheckIdentifier(subject, "pnsDinilaiId", pnsDinilaiId, findings);
        CheckQuadrant(subject, predikat, findings);
        var chosen = CheckKoefisien(subject, jabatan, predikat.Predikat, koefisien, options, findings);
        var terhitung = predikat.Keputusan.Terhitung;
        return Build(findings, () => new KinerjaPeriodikPayload(
            Blank(id), periodik!, terhitung.RatingHasilKerja, terhitung.RatingPerilakuKerja, predikat.Predikat, chosen, siasnPenilai, pnsDinilaiId!, dokumen));
    }

    // What the period adds to a payload's checks: the employee evaluated (SIA013), an evaluator known (SIA014), an
    // objection still open (SIA015). The evaluator is null when the payload cannot be built; the identifier is then
    // checked here so that every problem is reported together.
    private static List<Finding> FromPeriode(EvaluasiPegawai pegawai, Pejabat? penilai, string identifierField, string? identifier, out Pejabat? ppk)
    {
        Preconditions.CheckNotNull(pegawai);
        var findings = new List<Finding>();
        var subject = pegawai.Nip.ToString();
        var periode = FindingValue.Of("periode", pegawai.Periode.ToString());
        ppk = penilai ?? pegawai.PejabatPenilai?.Pejabat;
        if (pegawai.Akhir is not { } akhir)
        {
            findings.Add(SiasnFindings.TidakDinilai.Create(subject, FindingValue.Of("pegawai", subject), periode, FindingValue.Of("perlakuan", pegawai.Perlakuan.ToLabel())));
            ppk = null;
        }
        else
        {
            if (ppk is null)
            {
                findings.Add(SiasnFindings.PenilaiTidakTercatat.Create(subject, FindingValue.Of("pegawai", subject), periode));
            }

            if (pegawai.IsKeberatanTertunda)
            {
                findings.Add(SiasnFindings.KeberatanBelumDiputus.Create(subject, FindingValue.Of("pegawai", subject), FindingValue.Of("predikat", akhir.Predikat.ToLabel())));
            }
        }

        if (ppk is null)
        {
            CheckIdentifier(subject, identifierField, identifier, findings);
        }

        return findings;
    }

    private static Result<T> With<T>(List<Finding> before, Result<T> built)
        where T : class
    {
        if (before.Count == 0)
        {
            return built;
        }

        before.AddRange(built.Findings);
        return built.ValueOrNull is { } value ? Result.Success(value, before) : Result.Failure<T>(before);
    }

    private static void CheckEmployee(Nip pegawai, PeriodeKinerja periode, Pejabat penilai, PredikatAkhir predikat)
    {
        Preconditions.CheckArgument(!pegawai.IsEmpty, nameof(pegawai), "The NIP must not be empty.");
        Preconditions.CheckNotNull(periode);
        Preconditions.CheckNotNull(penilai);
        Preconditions.CheckNotNull(predikat);
        Preconditions.CheckArgument(predikat.Pegawai == pegawai, nameof(predikat), "The final predicate is of another employee (" + predikat.Pegawai + ") than " + pegawai + ".");
    }

    private static void CheckQuadrant(string subject, PredikatAkhir predikat, List<Finding> findings)
    {
        var cell = predikat.Keputusan.Terhitung.Predikat;
        if (predikat.Predikat != cell)
        {
            findings.Add(SiasnFindings.PredikatBukanSelKuadran.Create(
                subject, FindingValue.Of("predikat", predikat.Predikat.ToLabel()), FindingValue.Of("pegawai", subject), FindingValue.Of("kuadran", cell.ToLabel()), FindingValue.Of("sumber", predikat.Sumber.ToString())));
        }
    }

    private static ImmutableArray<DokumenSiasn> Documents(IEnumerable<DokumenSiasn>? path)
    {
        var list = path?.ToImmutableArray() ?? ImmutableArray<DokumenSiasn>.Empty;
        Preconditions.CheckArgument(!list.Contains(null!), nameof(path), "The documents must not contain null.");
        return list;
    }

    private static Result<T> Build<T>(List<Finding> findings, Func<T> create)
        where T : class =>
        findings.Any(f => f.Severity == FindingSeverity.Error) ? Result.Failure<T>(findings) : Result.Success(create(), findings);
}
