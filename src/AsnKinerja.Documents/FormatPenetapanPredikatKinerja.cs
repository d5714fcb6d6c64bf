using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AsnKinerja.Documents.Internal;
using AsnKinerja.Predicates;

namespace AsnKinerja.Documents;

/// <summary>One employee in the annex of a <see cref="FormatPenetapanPredikatKinerja"/>: who, and the predicate set.</summary>
/// <remarks>Immutable and thread-safe. Equality compares both parts.</remarks>
public sealed class PredikatPegawai : IEquatable<PredikatPegawai>
{
    /// <summary>Creates the row.</summary>
    /// <param name="pegawai">The employee as printed (name, NIP, position).</param>
    /// <param name="predikat">The predicate set for the employee.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
    public PredikatPegawai(Pejabat pegawai, PredikatKinerja predikat)
    {
        Pegawai = Preconditions.CheckNotNull(pegawai);
        Predikat = Preconditions.CheckDefined(predikat);
    }

    /// <summary>The employee.</summary>
    public Pejabat Pegawai { get; }

    /// <summary>The predicate set.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>Whether two rows are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PredikatPegawai? left, PredikatPegawai? right) => Equals(left, right);

    /// <summary>Whether two rows differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PredikatPegawai? left, PredikatPegawai? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PredikatPegawai? other) => other is not null && Pegawai == other.Pegawai && Predikat == other.Predikat;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PredikatPegawai);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pegawai, Predikat);

    /// <summary>The employee and the predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Render.Nama(Pegawai) + ": " + Predikat.ToLabel();
}

/// <summary>
/// The <em>Format Penetapan Predikat Kinerja</em> of one unit and period (SE MenPANRB 3/2023 [M]): the organisation
/// predicate, its distribution pattern, the distribution of the employees' predicates against the pattern's allowed
/// ranges (a table and an inline SVG chart), the verdict, the employees with their predicates as an annex, and the
/// signature of the authorised official. The data, with Markdown and self-contained HTML renderings in Indonesian.
/// </summary>
/// <remarks>
/// Build with <see cref="Create"/> from the unit's verdict on the final predicates (for example
/// <c>distribusi.Check(unit, predikatOrganisasi, finals.Select(f =&gt; f.Predikat))</c>); render with <see cref="ToHtml"/> or
/// <see cref="ToMarkdown"/>. No I/O. Immutable and thread-safe.
/// </remarks>
public sealed class FormatPenetapanPredikatKinerja
{
    private FormatPenetapanPredikatKinerja(string? instansi, UnitKerja unit, PeriodeKinerja periode, PemeriksaanDistribusiResult distribusi, ImmutableArray<PredikatPegawai> pegawai, Pejabat pejabatBerwenang, TandaTangan tandaTangan)
    {
        Instansi = instansi;
        Unit = unit;
        Periode = periode;
        Distribusi = distribusi;
        Pegawai = pegawai;
        PejabatBerwenang = pejabatBerwenang;
        TandaTangan = tandaTangan;
    }

    /// <summary>The agency's name, or null.</summary>
    public string? Instansi { get; }

    /// <summary>The unit.</summary>
    public UnitKerja Unit { get; }

    /// <summary>The period.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>The unit's organisation predicate.</summary>
    public PredikatKinerjaOrganisasi PredikatOrganisasi => Distribusi.PredikatOrganisasi;

    /// <summary>The unit's verdict: counts, the pattern's allowed ranges, status.</summary>
    public PemeriksaanDistribusiResult Distribusi { get; }

    /// <summary>The employees counted in the unit with their predicates (the annex), in the order given; empty when not given.</summary>
    public ImmutableArray<PredikatPegawai> Pegawai { get; }

    /// <summary>The authorised official who signs (<em>pejabat yang berwenang</em>).</summary>
    public Pejabat PejabatBerwenang { get; }

    /// <summary>Where and when it is signed.</summary>
    public TandaTangan TandaTangan { get; }

    /// <summary>Builds the document.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="periode">The period.</param>
    /// <param name="distribusi">The unit's verdict on the employees' (final) predicates; its unit must be <paramref name="unit"/>.</param>
    /// <param name="pejabatBerwenang">The authorised official who signs.</param>
    /// <param name="tandaTangan">Where and when it is signed.</param>
    /// <param name="pegawai">The employees counted in the unit with their predicates, or null for no annex; when given, their predicates must be the verdict's counts.</param>
    /// <param name="instansi">The agency's name, or null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or the list holds null.</exception>
    /// <exception cref="ArgumentException">The verdict is of another unit, or the employees' predicates do not add up to its counts.</exception>
    public static FormatPenetapanPredikatKinerja Create(
        UnitKerja unit, PeriodeKinerja periode, PemeriksaanDistribusiResult distribusi, Pejabat pejabatBerwenang, TandaTangan tandaTangan,
        IEnumerable<PredikatPegawai>? pegawai = null, string? instansi = null)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckNotNull(periode);
        Preconditions.CheckNotNull(distribusi);
        Preconditions.CheckNotNull(pejabatBerwenang);
        Preconditions.CheckNotNull(tandaTangan);
        Preconditions.CheckArgument(string.Equals(distribusi.UnitId, unit.Id, StringComparison.Ordinal), nameof(distribusi), "The verdict is of unit " + Preconditions.Quote(distribusi.UnitId) + ", not " + Preconditions.Quote(unit.Id) + ".");
        var rows = (pegawai ?? Enumerable.Empty<PredikatPegawai>()).Select(p => Preconditions.CheckNotNull(p, nameof(pegawai))).ToImmutableArray();
        Preconditions.CheckArgument(
            pegawai is null || JumlahPredikat.From(rows.Select(r => r.Predikat)) == distribusi.Jumlah,
            nameof(pegawai),
            "The employees' predicates (" + JumlahPredikat.From(rows.Select(r => r.Predikat)) + ") are not the verdict's counts (" + distribusi.Jumlah + ").");
        return new FormatPenetapanPredikatKinerja(instansi, unit, periode, distribusi, rows, pejabatBerwenang, tandaTangan);
    }

    /// <summary>
    /// Builds the document of one unit of an evaluation period, validated: the unit's verdict on the final predicates
    /// (<see cref="EvaluasiUnit.VerdictAkhir"/>: after <see cref="EvaluasiPeriodeResult.Tetapkan"/>, the decided ones),
    /// and as the annex everyone that verdict judges (<see cref="EvaluasiUnit.PegawaiDinilai"/>, in NIP order) with their
    /// final predicate, printed from the records given.
    /// </summary>
    /// <param name="periode">The evaluation period.</param>
    /// <param name="unitId">The unit's identifier.</param>
    /// <param name="pejabatBerwenang">The authorised official who signs.</param>
    /// <param name="tandaTangan">Where and when it is signed.</param>
    /// <param name="orang">The records of the employees as printed (name, NIP, position), by NIP; one not given is printed by NIP (DOK005); null for none.</param>
    /// <param name="instansi">The agency's name, or null.</param>
    /// <returns>
    /// The document, or the findings that stop it: a small unit pooled into another (DOK001) or a unit nobody is counted in
    /// (DOK002) has none. A distribution outside the pattern (DOK003) and an objection not decided yet (DOK004) warn.
    /// </returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or <paramref name="orang"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orang"/> holds two records with the same NIP.</exception>
    /// <exception cref="KeyNotFoundException">The period has no unit <paramref name="unitId"/>.</exception>
    public static Result<FormatPenetapanPredikatKinerja> FromPeriode(
        EvaluasiPeriodeResult periode, string unitId, Pejabat pejabatBerwenang, TandaTangan tandaTangan, IEnumerable<Pejabat>? orang = null, string? instansi = null)
    {
        Preconditions.CheckNotNull(periode);
        Preconditions.CheckNotNull(pejabatBerwenang);
        Preconditions.CheckNotNull(tandaTangan);
        var records = new Dictionary<Nip, Pejabat>();
        foreach (var p in orang ?? Enumerable.Empty<Pejabat>())
        {
            Preconditions.CheckNotNull(p, nameof(orang));
            if (p.Nip is { } nip)
            {
                Preconditions.CheckArgument(!records.ContainsKey(nip), nameof(orang), "Two records have the NIP " + nip + ".");
                records.Add(nip, p);
            }
        }

        var unit = periode.GetUnit(unitId);
        var verdict = unit.VerdictAkhir;
        var findings = new List<Finding>();
        var subject = unit.UnitId;
        var unitValue = FindingValue.Of("unit", unit.Unit.Nama);
        if (unit.DigabungKe is { } gabungan)
        {
            findings.Add(DokumenFindings.UnitDigabung.Create(subject, unitValue, FindingValue.Of("gabungan", periode.GetUnit(gabungan).Unit.Nama)));
        }
        else if (verdict.Status == StatusDistribusi.Kosong)
        {
            findings.Add(DokumenFindings.UnitKosong.Create(subject, unitValue));
        }
        else if (verdict.Status != StatusDistribusi.Memenuhi)
        {
            findings.Add(DokumenFindings.DistribusiTidakMemenuhi.Create(subject, unitValue, FindingValue.Of("status", verdict.Status.ToLabel()), FindingValue.Of("pola", verdict.PredikatOrganisasi.ToLabel())));
        }

        if (findings.Count > 0 && findings[0].Severity == FindingSeverity.Error)
        {
            return Result.Failure<FormatPenetapanPredikatKinerja>(findings);
        }

        var rows = new List<PredikatPegawai>(unit.PegawaiDinilai.Length);
        foreach (var nip in unit.PegawaiDinilai)
        {
            var pegawai = periode.Get(nip)!;
            if (!records.TryGetValue(nip, out var record))
            {
                record = Pejabat.Asn(nip);
                findings.Add(DokumenFindings.DataPegawaiTidakDiberikan.Create(nip.ToString(), FindingValue.Of("pegawai", nip.ToString()), unitValue));
            }

            if (pegawai.IsKeberatanTertunda)
            {
                findings.Add(DokumenFindings.KeberatanBelumDiputus.Create(nip.ToString(), FindingValue.Of("pegawai", Render.Nama(record)), unitValue, FindingValue.Of("predikat", pegawai.Predikat!.Value.ToLabel())));
            }

            rows.Add(new PredikatPegawai(record, pegawai.Predikat!.Value));
        }

        return Result.Success(Create(unit.Unit, periode.Periode, verdict, pejabatBerwenang, tandaTangan, rows, instansi), findings);
    }

    /// <summary>The document as self-contained HTML (inline CSS and SVG, A4 print layout, Indonesian labels).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        Render.Open(html, "Format Penetapan Predikat Kinerja " + Unit.Nama, "penetapan-predikat-kinerja");
        html.Append("<h1>Format Penetapan Predikat Kinerja Pegawai</h1>\n<p class=\"subjudul\">").Append(Render.Escape(Instansi is null ? string.Empty : Instansi + " — "))
            .Append("Periode: ").Append(Render.Escape(Periode.ToString())).Append("</p>\n");
        html.Append("<section id=\"identitas\">\n<table class=\"identitas\"><tbody>\n");
        Render.Row(html, "Unit kerja", Unit.Nama);
        Render.Row(html, "Predikat kinerja organisasi", PredikatOrganisasi.ToLabel());
        Render.Row(html, "Jumlah pegawai", Distribusi.Jumlah.Total.ToString(CultureInfo.InvariantCulture));
        html.Append("</tbody></table>\n</section>\n");
        html.Append("<section id=\"pola-distribusi\">\n<h2>Pola Distribusi Predikat Kinerja Organisasi ").Append(Render.Escape(PredikatOrganisasi.ToLabel())).Append("</h2>\n<ul class=\"batasan\">");
        foreach (var b in Distribusi.Batasan)
        {
            html.Append("<li class=\"").Append(b.Terpenuhi ? "terpenuhi" : "tidak-terpenuhi").Append("\">").Append(Render.Escape(b.Batasan.Describe(Language.Indonesian)))
                .Append(b.Batasan.IsHard ? string.Empty : " (arahan)").Append(": ").Append(b.Terpenuhi ? "terpenuhi" : "tidak terpenuhi").Append("</li>");
        }

        html.Append("</ul>\n</section>\n<section id=\"distribusi\">\n<h2>Distribusi Predikat Kinerja Pegawai</h2>\n");
        Render.Chart(html, Distribusi);
        Render.HtmlDistributionTable(html, Distribusi);
        html.Append("<p>Kesimpulan: <span class=\"rating\" id=\"status-distribusi\" data-status=\"").Append(Distribusi.Status).Append("\">").Append(Render.Escape(Render.Status(Distribusi.Status)))
            .Append("</span> (").Append(Render.Escape(Distribusi.RuleSet.ToString())).Append(").</p>\n</section>\n");
        if (!Pegawai.IsEmpty)
        {
            html.Append("<section id=\"lampiran\">\n<h2>Lampiran: Predikat Kinerja Pegawai</h2>\n<table class=\"pegawai\"><thead><tr><th>No</th><th>Nama</th><th>NIP</th><th>Jabatan</th><th>Predikat Kinerja</th></tr></thead><tbody>\n");
            var nomor = 0;
            foreach (var p in Pegawai)
            {
                nomor++;
                html.Append("<tr data-predikat=\"").Append(Render.Escape(p.Predikat.ToLabel())).Append("\"><td>").Append(nomor).Append("</td><td>").Append(Render.Escape(Render.Nama(p.Pegawai)))
                    .Append("</td><td>").Append(Render.Escape(p.Pegawai.NomorInduk ?? "-")).Append("</td><td>").Append(Render.Escape(p.Pegawai.NamaJabatan ?? "-")).Append("</td><td>")
                    .Append(Render.Escape(p.Predikat.ToLabel())).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        Render.HtmlSignature(html, TandaTangan, ("Pejabat yang Berwenang", PejabatBerwenang));
        Render.Close(html);
        return html.ToString();
    }

    /// <summary>The document as Markdown (tables, Indonesian labels).</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI\n\n");
        if (Instansi is not null)
        {
            md.Append("**").Append(Render.Cell(Instansi)).Append("**\n\n");
        }

        md.Append("| | |\n|---|---|\n| Unit kerja | ").Append(Render.Cell(Unit.Nama)).Append(" |\n| Periode | ").Append(Periode).Append(" |\n| Predikat kinerja organisasi | ")
            .Append(PredikatOrganisasi.ToLabel()).Append(" |\n| Jumlah pegawai | ").Append(Distribusi.Jumlah.Total.ToString(CultureInfo.InvariantCulture)).Append(" |\n\n");
        md.Append("## Pola Distribusi Predikat Kinerja Organisasi ").Append(PredikatOrganisasi.ToLabel()).Append("\n\n");
        foreach (var b in Distribusi.Batasan)
        {
            md.Append("- ").Append(Render.Cell(b.Batasan.Describe(Language.Indonesian))).Append(b.Batasan.IsHard ? string.Empty : " (arahan)").Append(": ").Append(b.Terpenuhi ? "terpenuhi" : "**tidak terpenuhi**").Append('\n');
        }

        md.Append("\n## Distribusi Predikat Kinerja Pegawai\n\n");
        Render.MarkdownDistributionTable(md, Distribusi);
        md.Append("\nKesimpulan: **").Append(Render.Status(Distribusi.Status)).Append("** (").Append(Distribusi.RuleSet).Append(").\n");
        if (!Pegawai.IsEmpty)
        {
            md.Append("\n## Lampiran: Predikat Kinerja Pegawai\n\n| No | Nama | NIP | Jabatan | Predikat Kinerja |\n|---:|---|---|---|---|\n");
            var nomor = 0;
            foreach (var p in Pegawai)
            {
                nomor++;
                md.Append("| ").Append(nomor).Append(" | ").Append(Render.Cell(Render.Nama(p.Pegawai))).Append(" | ").Append(Render.Cell(p.Pegawai.NomorInduk)).Append(" | ")
                    .Append(Render.Cell(p.Pegawai.NamaJabatan)).Append(" | ").Append(p.Predikat.ToLabel()).Append(" |\n");
            }
        }

        Render.MarkdownSignature(md, TandaTangan, ("Pejabat yang Berwenang", PejabatBerwenang));
        return md.ToString();
    }
}
