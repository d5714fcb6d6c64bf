using System.Collections.Immutable;
using System.Text;
using AsnKinerja.Cascading;
using AsnKinerja.Documents.Internal;

namespace AsnKinerja.Documents;

/// <summary>A row of the <see cref="MatriksPembagianPeranHasil"/>: an employee, at level 1 (delivering the leader's result directly) or 2 (through a team leader or coordinator).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BarisMpph
{
    internal BarisMpph(Nip pegawai, int tingkat, Nip? melalui, ImmutableArray<ImmutableArray<RhkNode>> peran)
    {
        Pegawai = pegawai;
        Tingkat = tingkat;
        Melalui = melalui;
        Peran = peran;
    }

    /// <summary>The employee.</summary>
    public Nip Pegawai { get; }

    /// <summary>1 when the employee's results intervene the leader's results directly, 2 when they do through <see cref="Melalui"/>.</summary>
    public int Tingkat { get; }

    /// <summary>The team leader or coordinator a level-2 row goes through; null at level 1.</summary>
    public Nip? Melalui { get; }

    /// <summary>For each column (each of the leader's results), the employee's results that are their role in it; empty where they have none.</summary>
    public ImmutableArray<ImmutableArray<RhkNode>> Peran { get; }
}

/// <summary>
/// The <em>Matriks Pembagian Peran dan Hasil</em> (MPPH) of a leader in the official orientation (agency material after
/// 2022 [M]): the leader's results with their IKI across the top, the employees down the side, each cell the
/// employee's own result that is their role in the leader's result; with two levels, the members of a team leader or
/// coordinator follow that person, their cells reaching the leader's result through the leader's subordinate.
/// </summary>
/// <remarks>
/// The library links results at RHK level (an RHK names the superior RHK it intervenes), so a column is one of the
/// leader's RHK headed by all of its IKI; a cell spans the IKI of its RHK. Built from a <see cref="CascadingGraph"/>;
/// render with <see cref="ToHtml"/> or <see cref="ToMarkdown"/>. Immutable and thread-safe.
/// </remarks>
public sealed class MatriksPembagianPeranHasil
{
    private readonly Dictionary<Nip, Pejabat> _orang;

    private MatriksPembagianPeranHasil(Nip pimpinan, PeriodeKinerja? periode, int tingkat, ImmutableArray<RhkNode> kolom, ImmutableArray<BarisMpph> baris, Dictionary<Nip, Pejabat> orang)
    {
        Pimpinan = pimpinan;
        Periode = periode;
        Tingkat = tingkat;
        Kolom = kolom;
        Baris = baris;
        _orang = orang;
    }

    /// <summary>The leader.</summary>
    public Nip Pimpinan { get; }

    /// <summary>The period the matrix is limited to, or null for every SKP in the graph.</summary>
    public PeriodeKinerja? Periode { get; }

    /// <summary>The alignment depth: 1 (direct) or 2 (through team leaders or coordinators).</summary>
    public int Tingkat { get; }

    /// <summary>The columns: the leader's results (RHK), each with its IKI.</summary>
    public ImmutableArray<RhkNode> Kolom { get; }

    /// <summary>The rows: level-1 employees by NIP, each followed (at two levels) by the employees who deliver through them.</summary>
    public ImmutableArray<BarisMpph> Baris { get; }

    /// <summary>Builds the matrix of a leader.</summary>
    /// <param name="graph">The cascade.</param>
    /// <param name="pimpinan">The leader.</param>
    /// <param name="tingkat">1 for direct alignment, 2 for alignment through team leaders or coordinators.</param>
    /// <param name="periode">The period to limit the leader's SKPs to, or null.</param>
    /// <param name="orang">The people as printed (names and positions), or null to print NIPs.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null, or <paramref name="orang"/> holds null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, or <paramref name="orang"/> holds a non-ASN record or one NIP twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tingkat"/> is not 1 or 2.</exception>
    public static MatriksPembagianPeranHasil Create(CascadingGraph graph, Nip pimpinan, int tingkat = 1, PeriodeKinerja? periode = null, IEnumerable<Pejabat>? orang = null)
    {
        Preconditions.CheckNotNull(graph);
        Preconditions.CheckArgument(!pimpinan.IsEmpty, nameof(pimpinan), "The NIP must not be empty.");
        Preconditions.CheckRange(tingkat, 1, 2);
        var people = new Dictionary<Nip, Pejabat>();
        foreach (var p in orang ?? Enumerable.Empty<Pejabat>())
        {
            Preconditions.CheckNotNull(p, nameof(orang));
            Preconditions.CheckArgument(p.Nip is not null, nameof(orang), "The people of the matrix are ASN with a NIP.");
            Preconditions.CheckArgument(!people.ContainsKey(p.Nip!.Value), nameof(orang), "The NIP " + p.Nip + " is given twice.");
            people.Add(p.Nip.Value, p);
        }

        var kolom = graph.GetMatriksPeranHasil(pimpinan, periode).Baris;
        var rows = new List<BarisMpph>();
        var direct = kolom.Select(c => graph.GetIntervensi(c.Id)).ToList();
        foreach (var nip in direct.SelectMany(d => d).Select(n => n.Pegawai).Where(n => n != pimpinan).Distinct().OrderBy(n => n))
        {
            rows.Add(new BarisMpph(nip, 1, null, direct.Select(d => d.Where(n => n.Pegawai == nip).ToImmutableArray()).ToImmutableArray()));
            if (tingkat < 2)
            {
                continue;
            }

            // The members who deliver through this person: their results intervene this person's results in each column.
            var through = direct.Select(d => d.Where(n => n.Pegawai == nip).SelectMany(n => graph.GetIntervensi(n.Id)).ToList()).ToList();
            foreach (var member in through.SelectMany(t => t).Select(n => n.Pegawai).Where(n => n != nip && n != pimpinan).Distinct().OrderBy(n => n))
            {
                rows.Add(new BarisMpph(member, 2, nip, through.Select(t => t.Where(n => n.Pegawai == member).ToImmutableArray()).ToImmutableArray()));
            }
        }

        return new MatriksPembagianPeranHasil(pimpinan, periode, tingkat, kolom, rows.ToImmutableArray(), people);
    }

    /// <summary>The matrix as self-contained HTML (inline CSS, A4 print layout, Indonesian labels).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        Render.Open(html, "Matriks Pembagian Peran dan Hasil " + Name(Pimpinan), "matriks-pembagian-peran-hasil");
        html.Append("<h1>Matriks Pembagian Peran dan Hasil</h1>\n<p class=\"subjudul\">Pimpinan: ").Append(Render.Escape(Name(Pimpinan))).Append(" (NIP ").Append(Pimpinan)
            .Append(')').Append(Periode is null ? string.Empty : " — Periode: " + Render.Escape(Periode.ToString())).Append(" — penyelarasan ").Append(Tingkat).Append(" tingkat</p>\n");
        html.Append("<section id=\"matriks\">\n<table class=\"mpph\"><thead>\n<tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Pegawai</th>");
        foreach (var c in Kolom)
        {
            html.Append("<th class=\"rhk\" data-rhk=\"").Append(Render.Escape(c.Id)).Append("\" colspan=\"").Append(Span(c)).Append("\">").Append(Render.Escape(c.Rhk.Uraian)).Append("</th>");
        }

        html.Append("</tr>\n<tr>");
        foreach (var c in Kolom)
        {
            if (c.Rhk.Indikator.IsEmpty)
            {
                html.Append("<th class=\"iki\">-</th>");
            }

            foreach (var iki in c.Rhk.Indikator)
            {
                html.Append("<th class=\"iki\" data-iki=\"").Append(Render.Escape(iki.Id)).Append("\">").Append(Render.Escape(iki.Uraian)).Append("</th>");
            }
        }

        html.Append("</tr>\n</thead><tbody>\n");
        var nomor = 0;
        foreach (var row in Baris)
        {
            nomor++;
            html.Append("<tr class=\"tingkat-").Append(row.Tingkat).Append("\" data-nip=\"").Append(row.Pegawai).Append('"');
            if (row.Melalui is { } via)
            {
                html.Append(" data-melalui=\"").Append(via).Append('"');
            }

            html.Append("><td>").Append(nomor).Append("</td><td>").Append(row.Tingkat == 2 ? "&nbsp;&nbsp;↳ " : string.Empty).Append(Render.Escape(Name(row.Pegawai)))
                .Append("<br><span class=\"keterangan\">").Append(Render.Escape(Role(row.Pegawai))).Append("</span></td>");
            for (var c = 0; c < Kolom.Length; c++)
            {
                html.Append("<td colspan=\"").Append(Span(Kolom[c])).Append("\">").Append(row.Peran[c].IsEmpty ? "-" : string.Join("<br>", row.Peran[c].Select(n => Render.Escape(n.Rhk.Uraian)))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n<p class=\"keterangan\">Sel berisi hasil kerja pegawai yang menjadi perannya dalam hasil kerja pimpinan; - = tidak ada peran; ↳ = melalui ketua tim atau koordinator di atasnya.</p>\n</section>\n");
        Render.Close(html);
        return html.ToString();
    }

    /// <summary>The matrix as a Markdown table (each column header lists the result's IKI).</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# MATRIKS PEMBAGIAN PERAN DAN HASIL\n\nPimpinan: ").Append(Render.Cell(Name(Pimpinan))).Append(" (NIP ").Append(Pimpinan).Append(')')
            .Append(Periode is null ? string.Empty : ", periode " + Periode).Append(", penyelarasan ").Append(Tingkat).Append(" tingkat\n\n");
        md.Append("| No | Pegawai |");
        foreach (var c in Kolom)
        {
            md.Append(' ').Append(Render.Cell(c.Rhk.Uraian)).Append(c.Rhk.Indikator.IsEmpty ? string.Empty : "<br>IKI: " + string.Join("; ", c.Rhk.Indikator.Select(i => Render.Cell(i.Uraian)))).Append(" |");
        }

        md.Append("\n|---:|---|").Append(string.Concat(Kolom.Select(_ => "---|"))).Append('\n');
        var nomor = 0;
        foreach (var row in Baris)
        {
            nomor++;
            md.Append("| ").Append(nomor).Append(" | ").Append(row.Tingkat == 2 ? "↳ " : string.Empty).Append(Render.Cell(Name(row.Pegawai))).Append(" |");
            for (var c = 0; c < Kolom.Length; c++)
            {
                md.Append(' ').Append(row.Peran[c].IsEmpty ? "-" : string.Join("<br>", row.Peran[c].Select(n => Render.Cell(n.Rhk.Uraian)))).Append(" |");
            }

            md.Append('\n');
        }

        md.Append("\nSel berisi hasil kerja pegawai yang menjadi perannya dalam hasil kerja pimpinan; - = tidak ada peran; ↳ = melalui ketua tim atau koordinator di atasnya.\n");
        return md.ToString();
    }

    private static int Span(RhkNode c) => Math.Max(1, c.Rhk.Indikator.Length);

    private string Name(Nip nip) => _orang.TryGetValue(nip, out var p) && p.Nama is not null ? p.Nama : nip.ToString();

    private string Role(Nip nip) => _orang.TryGetValue(nip, out var p) && p.NamaJabatan is not null ? p.NamaJabatan + " (" + nip + ")" : nip.ToString();
}
