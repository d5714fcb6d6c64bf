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
/// <para>
/// Rows: the RHK of the leader's SKPs in the graph (SKPs by start of period, then identifier; RHK in SKP order).
/// Columns: the leader's direct subordinates (SKPs whose PPK is the leader) by NIP, then anyone else who intervenes the
/// leader's RHK and is in none of the leader's teams, by NIP, then the teams the leader leads, by identifier. An RHK of
/// a team member who is not a direct subordinate goes to the first such team's column.
/// </para>
/// <para>
/// The matrix is stored sparsely: only the cells that hold an RHK, row by row, so memory and building time are
/// proportional to rows + columns + intervening RHK, never to rows × columns (a leader with 50,000 RHK and 50,000
/// subordinates is an ordinary matrix). <see cref="GetPeran"/> finds a cell in O(log k) for a row of k filled cells;
/// an empty cell costs nothing. Only the text rendering (<see cref="ToText(Language)"/>) is as large as the full grid.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MatriksPeranHasil
{
    /// <summary>The longest text <see cref="ToText(Language)"/> produces: the longest string .NET can hold.</summary>
    private const long MaxTextLength = 0x3FFFFFDF;

    private const int UraianWidth = 40;

    // Compressed rows: the filled cells of row r are [_rowStart[r] .. _rowStart[r + 1]), by column.
    private readonly int[] _rowStart;
    private readonly int[] _cellColumn;
    private readonly ImmutableArray<RhkNode>[] _cellRoles;
    private readonly int[] _columnCells; // how many filled cells each column has

    private MatriksPeranHasil(Nip pimpinan, PeriodeKinerja? periode, ImmutableArray<RhkNode> baris, ImmutableArray<KolomMph> kolom, int[] rowStart, int[] cellColumn, ImmutableArray<RhkNode>[] cellRoles)
    {
        Pimpinan = pimpinan;
        Periode = periode;
        Baris = baris;
        Kolom = kolom;
        _rowStart = rowStart;
        _cellColumn = cellColumn;
        _cellRoles = cellRoles;
        _columnCells = new int[kolom.Length];
        foreach (var c in cellColumn)
        {
            _columnCells[c]++;
        }

        var rowsWithout = ImmutableArray.CreateBuilder<RhkNode>();
        for (var r = 0; r < baris.Length; r++)
        {
            if (baris[r].Rhk.Klasifikasi == KlasifikasiRhk.Organisasi && rowStart[r] == rowStart[r + 1])
            {
                rowsWithout.Add(baris[r]);
            }
        }

        var columnsWithout = ImmutableArray.CreateBuilder<KolomMph>();
        for (var c = 0; c < kolom.Length; c++)
        {
            if (_columnCells[c] == 0)
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
        var k = Array.BinarySearch(_cellColumn, _rowStart[baris], _rowStart[baris + 1] - _rowStart[baris], kolom);
        return k >= 0 ? _cellRoles[k] : ImmutableArray<RhkNode>.Empty;
    }

    /// <summary>The matrix as a fixed-width text table with Indonesian headers.</summary>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">The table would be longer than 1,073,741,791 characters (see <see cref="ToText(Language)"/>).</exception>
    public override string ToString() => ToText(Language.Indonesian);

    /// <summary>The matrix as a fixed-width text table, headers in English for an English culture (see <see cref="ToText(Language)"/>).</summary>
    /// <param name="culture">The culture that picks the language (<see cref="Localization.LanguageOf"/>).</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table would be longer than 1,073,741,791 characters (see <see cref="ToText(Language)"/>).</exception>
    public string ToText(CultureInfo culture) => ToText(Localization.LanguageOf(culture));

    /// <summary>
    /// The matrix as a fixed-width text table with headers in the given language. Each cell lists the RHK identifiers
    /// that deliver the row; <c>-</c> marks no role; <c>*</c> marks a column that is not a direct subordinate. Numbers
    /// and dates do not depend on the language. The text has a line for every row and a cell for every column, so its
    /// length grows with rows × columns; its exact length is computed first, and a table that no .NET string can hold
    /// is refused before any of it is built.
    /// </summary>
    /// <param name="language">The language of the headers and notes.</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">
    /// The table would be longer than 1,073,741,791 characters (the longest string .NET can hold), e.g. about
    /// 16,000 × 16,000 cells; read such a matrix through <see cref="GetPeran"/> and the gap lists instead.
    /// </exception>
    public string ToText(Language language)
    {
        Preconditions.CheckDefined(language);
        string T(string id, string en) => Localization.Choose(language, id, en);

        // Column widths from the headers and the filled cells; a column with an empty cell also holds "-".
        var headers = new string[Kolom.Length + 2];
        headers[0] = "No";
        headers[1] = T("RHK Pimpinan", "Leader's result (RHK)");
        for (var c = 0; c < Kolom.Length; c++)
        {
            var k = Kolom[c];
            headers[c + 2] = k.Jenis == JenisKolomMph.TimKerja ? T("Tim: ", "Team: ") + k.Label : k.IsBawahanLangsung ? k.Label : k.Label + "*";
        }

        var widths = new int[headers.Length];
        for (var c = 0; c < headers.Length; c++)
        {
            widths[c] = headers[c].Length;
        }

        if (Baris.Length > 0)
        {
            widths[0] = Math.Max(widths[0], Baris.Length.ToString(CultureInfo.InvariantCulture).Length);
            foreach (var row in Baris)
            {
                widths[1] = Math.Max(widths[1], RowLabelLength(row));
            }

            for (var c = 0; c < Kolom.Length; c++)
            {
                if (_columnCells[c] < Baris.Length)
                {
                    widths[c + 2] = Math.Max(widths[c + 2], 1);
                }
            }

            for (var k = 0; k < _cellColumn.Length; k++)
            {
                widths[_cellColumn[k] + 2] = Math.Max(widths[_cellColumn[k] + 2], CellLength(_cellRoles[k]));
            }
        }

        var head = new StringBuilder();
        head.Append(T("MATRIKS PERAN HASIL", "RESULTS AND ROLES MATRIX (Matriks Peran Hasil)")).Append('\n');
        head.Append(T("Pimpinan", "Leader").PadRight(10)).Append(": ").Append(Pimpinan.ToString()).Append('\n');
        if (Periode is not null)
        {
            head.Append(T("Periode", "Period").PadRight(10)).Append(": ").Append(Periode.ToString()).Append('\n');
        }

        var none = T("(tidak ada)", "(none)");
        var foot = new StringBuilder();
        foot.Append(T("RHK tanpa pelaksana     : ", "Results nobody delivers  : "))
            .Append(BarisTanpaPelaksana.IsEmpty ? none : string.Join(", ", BarisTanpaPelaksana.Select(n => n.Id))).Append('\n');
        foot.Append(T("Pegawai/tim tanpa peran : ", "People/teams with no role: "))
            .Append(KolomTanpaPeran.IsEmpty ? none : string.Join(", ", KolomTanpaPeran.Select(k => k.Label))).Append('\n');
        foot.Append(T(
            "Keterangan: sel berisi RHK bawahan yang mengintervensi RHK pimpinan; - = tidak ada peran; * = bukan bawahan langsung.",
            "Key: a cell lists the subordinate results that intervene the leader's result; - = no role; * = not a direct subordinate.")).Append('\n');

        // Every table line (rules, header, rows) is as long as a rule: "+" + (width + 3) per column, then "\n".
        long lineLength = 2;
        foreach (var w in widths)
        {
            lineLength += w + 3L;
        }

        var total = head.Length + (lineLength * (4L + Math.Max(Baris.Length, 1))) + foot.Length;
        Preconditions.CheckState(
            total <= MaxTextLength,
            string.Format(CultureInfo.InvariantCulture, "The text of this matrix ({0} rows × {1} columns) would be {2} characters, more than the {3} a string can hold; read it through GetPeran.", Baris.Length, Kolom.Length, total, MaxTextLength));

        var text = new StringBuilder((int)total);
        text.Append(head);
        var rule = new StringBuilder((int)lineLength).Append('+');
        foreach (var w in widths)
        {
            rule.Append('-', w + 2).Append('+');
        }

        rule.Append('\n');
        text.Append(rule);
        text.Append('|');
        for (var c = 0; c < headers.Length; c++)
        {
            AppendCell(text, headers[c], widths[c]);
        }

        text.Append('\n').Append(rule);
        for (var r = 0; r < Baris.Length; r++)
        {
            text.Append('|');
            AppendCell(text, (r + 1).ToString(CultureInfo.InvariantCulture), widths[0]);
            AppendCell(text, RowLabel(Baris[r]), widths[1]);
            var k = _rowStart[r];
            for (var c = 0; c < Kolom.Length; c++)
            {
                if (k < _rowStart[r + 1] && _cellColumn[k] == c)
                {
                    AppendCell(text, _cellRoles[k++], widths[c + 2]);
                }
                else
                {
                    AppendCell(text, "-", widths[c + 2]);
                }
            }

            text.Append('\n');
        }

        if (Baris.Length == 0)
        {
            text.Append("| ").Append(T("(tidak ada RHK pimpinan)", "(the leader has no RHK)").PadRight((int)lineLength - 5)).Append(" |\n");
        }

        text.Append(rule);
        text.Append(foot);
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
        var teams = new TeamColumns(graph, graph.TeamsLedBy(pimpinan));
        var others = new SortedSet<Nip>();
        foreach (var r in rows)
        {
            foreach (var c in graph.ChildrenOf(r))
            {
                var owner = graph.Nodes[c].Pegawai;
                if (InPeriod(graph.SkpOf(c)) && !direct.Contains(owner) && teams.Of(owner) < 0)
                {
                    others.Add(owner);
                }
            }
        }

        var columns = ImmutableArray.CreateBuilder<KolomMph>(direct.Count + others.Count + teams.Count);
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
        foreach (var t in teams.Led)
        {
            columns.Add(new KolomMph(JenisKolomMph.TimKerja, null, graph.TimKerja[t], false));
        }

        // The filled cells, row by row: each intervening RHK is placed in its column, then a row's RHK are sorted by
        // (column, node), which groups a cell's RHK together in node order.
        var rowStart = new int[rows.Count + 1];
        var cellColumn = new List<int>();
        var cellRoles = new List<ImmutableArray<RhkNode>>();
        var placed = new List<(int Column, int Node)>();
        for (var r = 0; r < rows.Count; r++)
        {
            placed.Clear();
            foreach (var c in graph.ChildrenOf(rows[r]))
            {
                if (!InPeriod(graph.SkpOf(c)))
                {
                    continue;
                }

                var owner = graph.Nodes[c].Pegawai;
                var column = personColumn.TryGetValue(owner, out var pc) && (columns[pc].IsBawahanLangsung || teams.Of(owner) < 0)
                    ? pc
                    : firstTeamColumn + teams.Of(owner);
                placed.Add((column, c));
            }

            placed.Sort();
            for (var k = 0; k < placed.Count;)
            {
                var column = placed[k].Column;
                var cell = ImmutableArray.CreateBuilder<RhkNode>();
                for (; k < placed.Count && placed[k].Column == column; k++)
                {
                    cell.Add(graph.Nodes[placed[k].Node]);
                }

                cellColumn.Add(column);
                cellRoles.Add(cell.ToImmutable());
            }

            rowStart[r + 1] = cellColumn.Count;
        }

        return new MatriksPeranHasil(pimpinan, periode, rows.Select(r => graph.Nodes[r]).ToImmutableArray(), columns.MoveToImmutable(), rowStart, cellColumn.ToArray(), cellRoles.ToArray());
    }

    private static void AppendCell(StringBuilder text, string cell, int width) => text.Append(' ').Append(cell).Append(' ', width - cell.Length).Append(" |");

    private static void AppendCell(StringBuilder text, ImmutableArray<RhkNode> cell, int width)
    {
        text.Append(' ');
        for (var i = 0; i < cell.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(cell[i].Id);
        }

        text.Append(' ', width - CellLength(cell)).Append(" |");
    }

    private static int CellLength(ImmutableArray<RhkNode> cell)
    {
        var length = 2 * (cell.Length - 1);
        foreach (var node in cell)
        {
            length += node.Id.Length;
        }

        return length;
    }

    /// <summary>The row label: the RHK identifier and result, cut to <see cref="UraianWidth"/> characters with "...".</summary>
    private static string RowLabel(RhkNode row)
    {
        var length = row.Id.Length + 1 + row.Rhk.Uraian.Length;
        if (length <= UraianWidth)
        {
            return row.Id + " " + row.Rhk.Uraian;
        }

        // Cut without building the whole label first (a result may be very long).
        var keep = UraianWidth - 3;
        var label = new StringBuilder(UraianWidth);
        if (row.Id.Length >= keep)
        {
            label.Append(row.Id, 0, keep);
        }
        else
        {
            label.Append(row.Id).Append(' ').Append(row.Rhk.Uraian, 0, keep - row.Id.Length - 1);
        }

        return label.Append("...").ToString();
    }

    private static int RowLabelLength(RhkNode row) => Math.Min(row.Id.Length + 1 + row.Rhk.Uraian.Length, UraianWidth);

    /// <summary>The team column of an employee: the first team the leader leads that they are a member of, remembered per employee.</summary>
    private sealed class TeamColumns
    {
        private readonly CascadingGraph _graph;
        private readonly Dictionary<int, int> _position = new();
        private readonly Dictionary<Nip, int> _ofMember = new();

        internal TeamColumns(CascadingGraph graph, int[] led)
        {
            _graph = graph;
            Led = led;
            for (var k = 0; k < led.Length; k++)
            {
                _position[led[k]] = k;
            }
        }

        internal int[] Led { get; }

        internal int Count => Led.Length;

        /// <summary>The position, among the teams the leader leads, of the first one the employee is a member of; -1 when none.</summary>
        internal int Of(Nip pegawai)
        {
            if (_ofMember.TryGetValue(pegawai, out var known))
            {
                return known;
            }

            var found = -1;
            foreach (var t in _graph.TeamsOf(pegawai))
            {
                if (_position.TryGetValue(t, out var k))
                {
                    found = k;
                    break;
                }
            }

            _ofMember[pegawai] = found;
            return found;
        }
    }
}
