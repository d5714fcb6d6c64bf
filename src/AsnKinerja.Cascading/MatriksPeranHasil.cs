using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AsnKinerja.Cascading;

/// <summary>What a column of the Matriks Peran Hasil stands for.</summary>
public enum JenisKolomMph
{
    /// <summary>One employee (a subordinate, or someone else who intervenes the leader's RHK).</summary>
    Pegawai = 1,

    /// <summary>A work team (<em>tim kerja</em>) the leader leads.</summary>
    TimKerja = 2,
}

/// <summary>A column of the Matriks Peran Hasil: an employee or a work team.</summary>
/// <remarks>Immutable and thread-safe. Equality compares kind, employee, team and whether the employee is a direct subordinate.</remarks>
public sealed class KolomMph : IEquatable<KolomMph>
{
    internal KolomMph(JenisKolomMph jenis, Nip? pegawai, TimKerja? timKerja, bool isBawahanLangsung)
    {
        Jenis = jenis;
        Pegawai = pegawai;
        TimKerja = timKerja;
        IsBawahanLangsung = isBawahanLangsung;
    }

    /// <summary>Employee or team.</summary>
    public JenisKolomMph Jenis { get; }

    /// <summary>The employee, for an employee column; otherwise null.</summary>
    public Nip? Pegawai { get; }

    /// <summary>The team, for a team column; otherwise null.</summary>
    public TimKerja? TimKerja { get; }

    /// <summary>
    /// For an employee column: whether the leader is the employee's PPK. False for someone who intervenes the leader's
    /// RHK without being a subordinate or a member of the leader's team (the checks report that as <c>CAS002</c>).
    /// Always false for a team column.
    /// </summary>
    public bool IsBawahanLangsung { get; }

    /// <summary>The header: the NIP, or the team's name.</summary>
    public string Label => Jenis == JenisKolomMph.Pegawai ? Pegawai!.Value.ToString() : TimKerja!.Nama;

    /// <summary>Whether two columns are equal.</summary>
    /// <param name="left">The first column.</param>
    /// <param name="right">The second column.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KolomMph? left, KolomMph? right) => Equals(left, right);

    /// <summary>Whether two columns differ.</summary>
    /// <param name="left">The first column.</param>
    /// <param name="right">The second column.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KolomMph? left, KolomMph? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(KolomMph? other) =>
        other is not null && Jenis == other.Jenis && Pegawai == other.Pegawai && Equals(TimKerja, other.TimKerja) && IsBawahanLangsung == other.IsBawahanLangsung;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KolomMph);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jenis, Pegawai, TimKerja, IsBawahanLangsung);

    /// <summary>The header.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Label;
}

/// <summary>
/// The <em>Matriks Peran Hasil</em> (MPH) of a leader: their RHK (rows) against their subordinates and work teams
/// (columns); each cell holds the RHK by which that column delivers that row. It shows who contributes to what, the
/// organisation RHK that nobody delivers, and the subordinates and teams that deliver nothing.
/// </summary>
/// <remarks>
/// Rows: the RHK of the leader's SKPs in the graph (SKPs by start of period, then identifier; RHK in SKP order).
/// Columns: the leader's direct subordinates (SKPs whose PPK is the leader) by NIP, then anyone else who intervenes the
/// leader's RHK and is in none of the leader's teams, by NIP, then the teams the leader leads, by identifier. An RHK of
/// a team member who is not a direct subordinate goes to the first such team's column. Immutable and thread-safe.
/// </remarks>
public sealed class MatriksPeranHasil
{
    private const int UraianWidth = 40;
    private readonly ImmutableArray<RhkNode>[] _cells; // row * columns + column

    private MatriksPeranHasil(Nip pimpinan, PeriodeKinerja? periode, ImmutableArray<RhkNode> baris, ImmutableArray<KolomMph> kolom, ImmutableArray<RhkNode>[] cells)
    {
        Pimpinan = pimpinan;
        Periode = periode;
        Baris = baris;
        Kolom = kolom;
        _cells = cells;
        var rowsWithout = ImmutableArray.CreateBuilder<RhkNode>();
        for (var r = 0; r < baris.Length; r++)
        {
            if (baris[r].Rhk.Klasifikasi == KlasifikasiRhk.Organisasi && Enumerable.Range(0, kolom.Length).All(c => cells[(r * kolom.Length) + c].IsEmpty))
            {
                rowsWithout.Add(baris[r]);
            }
        }

        var columnsWithout = ImmutableArray.CreateBuilder<KolomMph>();
        for (var c = 0; c < kolom.Length; c++)
        {
            if (Enumerable.Range(0, baris.Length).All(r => cells[(r * kolom.Length) + c].IsEmpty))
            {
                columnsWithout.Add(kolom[c]);
            }
        }

        BarisTanpaPelaksana = rowsWithout.ToImmutable();
        KolomTanpaPeran = columnsWithout.ToImmutable();
    }

    /// <summary>The leader.</summary>
    public Nip Pimpinan { get; }

    /// <summary>The period the matrix was limited to, or null for every SKP in the graph.</summary>
    public PeriodeKinerja? Periode { get; }

    /// <summary>The rows: the leader's RHK.</summary>
    public ImmutableArray<RhkNode> Baris { get; }

    /// <summary>The columns: subordinates, other contributors, then work teams.</summary>
    public ImmutableArray<KolomMph> Kolom { get; }

    /// <summary>The organisation RHK of the leader that no column delivers (the gaps by row).</summary>
    public ImmutableArray<RhkNode> BarisTanpaPelaksana { get; }

    /// <summary>The columns that deliver none of the leader's RHK (the gaps by column).</summary>
    public ImmutableArray<KolomMph> KolomTanpaPeran { get; }

    /// <summary>The RHK by which a column delivers a row, in node order.</summary>
    /// <param name="baris">The row index.</param>
    /// <param name="kolom">The column index.</param>
    /// <returns>The intervening RHK; empty when the column has no role in that row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public ImmutableArray<RhkNode> GetPeran(int baris, int kolom)
    {
        Preconditions.CheckRange(baris, 0, Baris.Length - 1);
        Preconditions.CheckRange(kolom, 0, Kolom.Length - 1);
        return _cells[(baris * Kolom.Length) + kolom];
    }

    /// <summary>The matrix as a fixed-width text table with Indonesian headers.</summary>
    /// <returns>The table.</returns>
    public override string ToString() => ToText(CultureInfo.InvariantCulture);

    /// <summary>
    /// The matrix as a fixed-width text table: headers in English for an English culture, in Bahasa Indonesia
    /// otherwise. Each cell lists the RHK identifiers that deliver the row; <c>-</c> marks no role; <c>*</c> marks a
    /// column that is not a direct subordinate. Numbers and dates do not depend on the culture.
    /// </summary>
    /// <param name="culture">The culture that picks the language.</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string ToText(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        string T(string id, string en) => Localization.Choose(culture, id, en);

        var headers = new List<string> { "No", T("RHK Pimpinan", "Leader's result (RHK)") };
        headers.AddRange(Kolom.Select(k => k.Jenis == JenisKolomMph.TimKerja ? T("Tim: ", "Team: ") + k.Label : k.IsBawahanLangsung ? k.Label : k.Label + "*"));
        var rows = new List<string[]>();
        for (var r = 0; r < Baris.Length; r++)
        {
            var line = new string[headers.Count];
            line[0] = (r + 1).ToString(CultureInfo.InvariantCulture);
            line[1] = Truncate(Baris[r].Id + " " + Baris[r].Rhk.Uraian, UraianWidth);
            for (var c = 0; c < Kolom.Length; c++)
            {
                var cell = _cells[(r * Kolom.Length) + c];
                line[c + 2] = cell.IsEmpty ? "-" : string.Join(", ", cell.Select(n => n.Id));
            }

            rows.Add(line);
        }

        var widths = new int[headers.Count];
        for (var c = 0; c < headers.Count; c++)
        {
            widths[c] = Math.Max(headers[c].Length, rows.Count == 0 ? 0 : rows.Max(l => l[c].Length));
        }

        var text = new StringBuilder();
        text.Append(T("MATRIKS PERAN HASIL", "RESULTS AND ROLES MATRIX (Matriks Peran Hasil)")).Append('\n');
        text.Append(T("Pimpinan", "Leader").PadRight(10)).Append(": ").Append(Pimpinan.ToString()).Append('\n');
        if (Periode is not null)
        {
            text.Append(T("Periode", "Period").PadRight(10)).Append(": ").Append(Periode.ToString()).Append('\n');
        }

        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        text.Append(rule).Append('\n');
        AppendLine(text, headers, widths);
        text.Append(rule).Append('\n');
        foreach (var line in rows)
        {
            AppendLine(text, line, widths);
        }

        if (rows.Count == 0)
        {
            text.Append("| ").Append(T("(tidak ada RHK pimpinan)", "(the leader has no RHK)").PadRight(rule.Length - 4)).Append(" |\n");
        }

        text.Append(rule).Append('\n');
        var none = T("(tidak ada)", "(none)");
        text.Append(T("RHK tanpa pelaksana     : ", "Results nobody delivers  : "))
            .Append(BarisTanpaPelaksana.IsEmpty ? none : string.Join(", ", BarisTanpaPelaksana.Select(n => n.Id))).Append('\n');
        text.Append(T("Pegawai/tim tanpa peran : ", "People/teams with no role: "))
            .Append(KolomTanpaPeran.IsEmpty ? none : string.Join(", ", KolomTanpaPeran.Select(k => k.Label))).Append('\n');
        text.Append(T(
            "Keterangan: sel berisi RHK bawahan yang mengintervensi RHK pimpinan; - = tidak ada peran; * = bukan bawahan langsung.",
            "Key: a cell lists the subordinate results that intervene the leader's result; - = no role; * = not a direct subordinate.")).Append('\n');
        return text.ToString();
    }

    internal static MatriksPeranHasil Build(CascadingGraph graph, Nip pimpinan, PeriodeKinerja? periode)
    {
        var skps = graph.Skps;
        bool InPeriod(int s) => periode is null || skps[s].Periode.Overlaps(periode);

        var leaderSkps = graph.SkpsOf(pimpinan).Where(InPeriod).OrderBy(s => skps[s].Periode.Awal).ThenBy(s => s).ToList();
        var rows = new List<int>();
        foreach (var s in leaderSkps)
        {
            for (var n = graph.FirstNodeOf(s); n < graph.EndNodeOf(s); n++)
            {
                rows.Add(n);
            }
        }

        var direct = new SortedSet<Nip>(graph.SkpsByPpk(pimpinan).Where(InPeriod).Select(s => skps[s].Pegawai).Where(p => p != pimpinan));
        var teams = graph.TeamsLedBy(pimpinan);
        var others = new SortedSet<Nip>();
        foreach (var r in rows)
        {
            foreach (var c in graph.ChildrenOf(r))
            {
                var owner = graph.Nodes[c].Pegawai;
                if (InPeriod(graph.SkpOf(c)) && !direct.Contains(owner) && TeamColumnOf(graph, teams, owner) < 0)
                {
                    others.Add(owner);
                }
            }
        }

        var columns = ImmutableArray.CreateBuilder<KolomMph>();
        var personColumn = new Dictionary<Nip, int>();
        foreach (var p in direct)
        {
            personColumn[p] = columns.Count;
            columns.Add(new KolomMph(JenisKolomMph.Pegawai, p, null, true));
        }

        foreach (var p in others)
        {
            personColumn[p] = columns.Count;
            columns.Add(new KolomMph(JenisKolomMph.Pegawai, p, null, false));
        }

        var firstTeamColumn = columns.Count;
        foreach (var t in teams)
        {
            columns.Add(new KolomMph(JenisKolomMph.TimKerja, null, graph.TimKerja[t], false));
        }

        var width = columns.Count;
        var lists = new List<RhkNode>?[rows.Count * width];
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var c in graph.ChildrenOf(rows[r]))
            {
                if (!InPeriod(graph.SkpOf(c)))
                {
                    continue;
                }

                var owner = graph.Nodes[c].Pegawai;
                var column = personColumn.TryGetValue(owner, out var pc) && (columns[pc].IsBawahanLangsung || TeamColumnOf(graph, teams, owner) < 0)
                    ? pc
                    : firstTeamColumn + TeamColumnOf(graph, teams, owner);
                (lists[(r * width) + column] ??= new List<RhkNode>()).Add(graph.Nodes[c]);
            }
        }

        var cells = new ImmutableArray<RhkNode>[lists.Length];
        for (var k = 0; k < lists.Length; k++)
        {
            cells[k] = lists[k] is null ? ImmutableArray<RhkNode>.Empty : lists[k]!.ToImmutableArray();
        }

        return new MatriksPeranHasil(pimpinan, periode, rows.Select(r => graph.Nodes[r]).ToImmutableArray(), columns.ToImmutable(), cells);
    }

    /// <summary>The position, among the teams the leader leads, of the first one the employee is a member of; -1 when none.</summary>
    private static int TeamColumnOf(CascadingGraph graph, int[] teamsLed, Nip pegawai)
    {
        foreach (var t in graph.TeamsOf(pegawai))
        {
            var k = Array.IndexOf(teamsLed, t);
            if (k >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        text.Append('|');
        for (var c = 0; c < cells.Count; c++)
        {
            text.Append(' ').Append(cells[c].PadRight(widths[c])).Append(" |");
        }

        text.Append('\n');
    }

    private static string Truncate(string s, int width) => s.Length <= width ? s : s.Remove(width - 3) + "...";
}
