using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Siasn;

/// <summary>
/// The outcome of a reconciliation: every difference between what SIASN holds and what the library computed, as
/// findings (<c>SIA020</c>–<c>SIA026</c>), and how many employees agree.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RekonsiliasiSiasnResult
{
    internal RekonsiliasiSiasnResult(string jenis, string periode, int jumlahPegawai, int jumlahSesuai, ImmutableArray<Finding> findings)
    {
        Jenis = jenis;
        Periode = periode;
        JumlahPegawai = jumlahPegawai;
        JumlahSesuai = jumlahSesuai;
        Findings = findings;
    }

    /// <summary>What was compared: <c>skp22</c> or <c>kinerjaperiodik</c>.</summary>
    public string Jenis { get; }

    /// <summary>The period compared, as a label (<c>Tahun 2024</c>, <c>Triwulan I 2024</c>).</summary>
    public string Periode { get; }

    /// <summary>The employees on either side (computed by the library, held by SIASN, or both).</summary>
    public int JumlahPegawai { get; }

    /// <summary>The employees whose SIASN record matches the library's payload exactly.</summary>
    public int JumlahSesuai { get; }

    /// <summary>Whether nothing differs.</summary>
    public bool IsSesuai => Findings.IsEmpty;

    /// <summary>Every difference, by employee (NIP order), then by field.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The kind, the period and the counts.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2} dari {3} pegawai sesuai, {4} temuan", Jenis, Periode, JumlahSesuai, JumlahPegawai, Findings.Length);
}

/// <summary>
/// Compares what SIASN holds (its <c>rw-skp22</c> or <c>rw-kinerjaperiodik</c> records, read with <see cref="SiasnJson"/>)
/// with what the library computed (the payloads the builders made for the same employees and period) and reports each
/// difference as a finding: a record missing in SIASN (SIA020), a SIASN record the library did not compute (SIA021), a
/// different predicate (SIA022), a different code (SIA023: <c>hasilKinerjaNilai</c>, <c>perilakuKerjaNilai</c>,
/// <c>statusPenilai</c>, <c>koefisienId</c>), another evaluator (SIA024), duplicate SIASN records (SIA025) and another
/// SIASN employee identifier (SIA026).
/// </summary>
/// <remarks>
/// Employees are matched by NIP (the library's key and the NIP each SIASN history was requested for), records by
/// period. With several SIASN records for one employee and period, the one whose <c>id</c> the payload names is
/// compared, else the one whose <c>id</c> sorts first (ordinal). Stateless and thread-safe; the result does not depend on the order of the inputs.
/// </remarks>
public static class RekonsiliasiSiasn
{
    /// <summary>Reconciles the annual evaluations of a year.</summary>
    /// <param name="tahun">The performance year.</param>
    /// <param name="pustaka">The library's payloads, by employee; each for <paramref name="tahun"/>.</param>
    /// <param name="siasn">SIASN's records (any years: those of other years are left out).</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">An employee appears twice in <paramref name="pustaka"/>, a NIP is empty, or a payload is of another year.</exception>
    public static RekonsiliasiSiasnResult Skp22(int tahun, IEnumerable<KeyValuePair<Nip, Skp22Payload>> pustaka, IEnumerable<RiwayatSkp22> siasn)
    {
        Preconditions.CheckRange(tahun, 1900, 2999);
        var library = Index(pustaka, p => p.Tahun == tahun, "of another year than " + tahun.ToString(CultureInfo.InvariantCulture), p => View.Of(p));
        var held = Preconditions.CheckNotNull(siasn).Select(r => Preconditions.CheckNotNull(r, nameof(siasn))).Where(r => r.Tahun == tahun).Select(View.Of);
        return Compare("skp22", PeriodeKinerja.Tahunan(tahun).ToString(), library, held);
    }

    /// <summary>Reconciles the periodic evaluations of a month or a quarter.</summary>
    /// <param name="periode">The period: a calendar month or a quarter.</param>
    /// <param name="pustaka">The library's payloads, by employee; each for <paramref name="periode"/>.</param>
    /// <param name="siasn">SIASN's records (any periods: those of other periods are left out).</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The period is not a month or a quarter, an employee appears twice in <paramref name="pustaka"/>, a NIP is empty, or a payload is of another period.</exception>
    public static RekonsiliasiSiasnResult KinerjaPeriodik(PeriodeKinerja periode, IEnumerable<KeyValuePair<Nip, KinerjaPeriodikPayload>> pustaka, IEnumerable<RiwayatKinerjaPeriodik> siasn)
    {
        Preconditions.CheckNotNull(periode);
        var normal = SiasnPayloads.ToPeriodik(periode, out _);
        Preconditions.CheckArgument(normal is not null, nameof(periode), "SIASN's periodic records are of a calendar month or a quarter.");
        var library = Index(pustaka, p => p.Periode == normal, "of another period than " + normal, p => View.Of(p));
        var held = Preconditions.CheckNotNull(siasn).Select(r => Preconditions.CheckNotNull(r, nameof(siasn))).Where(r => r.Periode == normal).Select(View.Of);
        return Compare("kinerjaperiodik", normal!.ToString(), library, held);
    }

    private static Dictionary<Nip, View> Index<T>(IEnumerable<KeyValuePair<Nip, T>> pustaka, Func<T, bool> inPeriod, string otherPeriod, Func<T, View> view)
        where T : class
    {
        var library = new Dictionary<Nip, View>();
        foreach (var pair in Preconditions.CheckNotNull(pustaka))
        {
            Preconditions.CheckArgument(!pair.Key.IsEmpty, nameof(pustaka), "A NIP must not be empty.");
            Preconditions.CheckNotNull(pair.Value, nameof(pustaka));
            Preconditions.CheckArgument(inPeriod(pair.Value), nameof(pustaka), "The payload of " + pair.Key + " is " + otherPeriod + ".");
            Preconditions.CheckArgument(!library.ContainsKey(pair.Key), nameof(pustaka), "The employee " + pair.Key + " appears more than once.");
            library.Add(pair.Key, view(pair.Value) with { Pegawai = pair.Key });
        }

        return library;
    }

    private static RekonsiliasiSiasnResult Compare(string jenis, string periode, Dictionary<Nip, View> library, IEnumerable<View> held)
    {
        var records = held.GroupBy(r => r.Pegawai).ToDictionary(g => g.Key, g => g.ToList());
        var findings = new List<Finding>();
        var sesuai = 0;
        var all = library.Keys.Concat(records.Keys).Distinct().OrderBy(n => n).ToList();
        foreach (var nip in all)
        {
            var before = findings.Count;
            var subject = nip.ToString();
            FindingValue[] Common(params FindingValue[] values) =>
                new[] { FindingValue.Of("pegawai", subject), FindingValue.Of("periode", periode), FindingValue.Of("jenis", jenis) }.Concat(values).ToArray();

            library.TryGetValue(nip, out var mine);
            records.TryGetValue(nip, out var theirs);
            if (theirs is null)
            {
                findings.Add(SiasnFindings.TidakAdaDiSiasn.Create(subject, Common()));
                continue;
            }

            if (mine is null)
            {
                findings.AddRange(theirs.Select(r => SiasnFindings.TidakDihitung.Create(subject, Common(FindingValue.Of("id", r.Id ?? "-")))));
                continue;
            }

            var record = theirs.FirstOrDefault(r => mine.Id is not null && string.Equals(r.Id, mine.Id, StringComparison.Ordinal)) ?? theirs.OrderBy(r => r.Id is null).ThenBy(r => r.Id, StringComparer.Ordinal).First();
            if (theirs.Count > 1)
            {
                findings.Add(SiasnFindings.RekamanGanda.Create(subject, Common(FindingValue.Of("jumlah", theirs.Count), FindingValue.Of("id", record.Id ?? "-"))));
            }

            if (record.PnsId is not null && !string.Equals(record.PnsId, mine.PnsId, StringComparison.Ordinal))
            {
                findings.Add(SiasnFindings.IdentitasBerbeda.Create(subject, Common(FindingValue.Of("siasn", record.PnsId), FindingValue.Of("pustaka", mine.PnsId))));
            }

            if (record.Predikat != mine.Predikat)
            {
                findings.Add(SiasnFindings.PredikatBerbeda.Create(subject, Common(
                    FindingValue.Of("siasn", record.Predikat.ToLabel()), FindingValue.Of("kodeSiasn", SiasnCodec.ToSiasnCode(record.Predikat)),
                    FindingValue.Of("pustaka", mine.Predikat.ToLabel()), FindingValue.Of("kodePustaka", SiasnCodec.ToSiasnCode(mine.Predikat)))));
            }

            void Code(string field, string siasnCode, string libraryCode)
            {
                if (!string.Equals(siasnCode, libraryCode, StringComparison.Ordinal))
                {
                    findings.Add(SiasnFindings.KodeBerbeda.Create(subject, Common(FindingValue.Of("field", field), FindingValue.Of("siasn", siasnCode), FindingValue.Of("pustaka", libraryCode))));
                }
            }

            string Rating(Ekspektasi e) => SiasnCodec.ToSiasnCode(e).ToString(CultureInfo.InvariantCulture) + " (" + e.ToLabel() + ")";
            Code("hasilKinerjaNilai", Rating(record.HasilKinerja), Rating(mine.HasilKinerja));
            Code("perilakuKerjaNilai", Rating(record.PerilakuKerja), Rating(mine.PerilakuKerja));
            Code("statusPenilai", record.Penilai is null ? "-" : SiasnCodec.ToSiasnText(record.Penilai.Status), SiasnCodec.ToSiasnText(mine.Penilai!.Status));
            if (jenis == "kinerjaperiodik")
            {
                Code("koefisienId", record.Koefisien?.ToString() ?? "-", mine.Koefisien?.ToString() ?? "-");
            }

            if (record.Penilai is { } p && !string.Equals(p.NipNrp, mine.Penilai.NipNrp, StringComparison.Ordinal))
            {
                findings.Add(SiasnFindings.PenilaiBerbeda.Create(subject, Common(FindingValue.Of("siasn", p.ToString()), FindingValue.Of("pustaka", mine.Penilai.ToString()))));
            }

            if (findings.Count == before)
            {
                sesuai++;
            }
        }

        return new RekonsiliasiSiasnResult(jenis, periode, all.Count, sesuai, findings.ToImmutableArray());
    }

    /// <summary>What both sides say, in one shape: a payload or a SIASN record.</summary>
    private sealed record View(Nip Pegawai, string? Id, string? PnsId, Ekspektasi HasilKinerja, Ekspektasi PerilakuKerja, PredikatKinerja Predikat, KoefisienSiasn? Koefisien, PenilaiSiasn? Penilai)
    {
        public static View Of(Skp22Payload p) => new(default, p.Id, p.PnsDinilaiOrang, p.HasilKinerja, p.PerilakuKerja, p.Predikat, null, p.Penilai);

        public static View Of(KinerjaPeriodikPayload p) => new(default, p.Id, p.PnsDinilaiId, p.HasilKinerja, p.PerilakuKerja, p.Predikat, p.Koefisien, p.Penilai);

        public static View Of(RiwayatSkp22 r) => new(r.Pegawai, r.Id, r.PnsDinilaiId, r.HasilKinerja, r.PerilakuKerja, r.Predikat, null, r.Penilai);

        public static View Of(RiwayatKinerjaPeriodik r) => new(r.Pegawai, r.Id, r.PnsDinilaiId, r.HasilKinerja, r.PerilakuKerja, r.Predikat, r.Koefisien, r.Penilai);
    }
}
