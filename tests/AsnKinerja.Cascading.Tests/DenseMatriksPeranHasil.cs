using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AsnKinerja.Cascading;

namespace AsnKinerja.Testing;

/// <summary>
/// The Matriks Peran Hasil as the library first built it: a dense rows × columns grid of cells, the gaps found by
/// scanning every row and column, and the text table rendered from the grid. Memory and time grow with rows × columns.
/// It is the oracle the sparse <see cref="MatriksPeranHasil"/> must agree with cell by cell and character by
/// character, and the baseline of the MPH benchmark.
/// </summary>
internal sealed class DenseMatriksPeranHasil
{
    private const int UraianWidth = 40;
    private readonly ImmutableArray<RhkNode>[] _cells; // row * columns + column

    private DenseMatriksPeranHasil(Nip pimpinan, PeriodeKinerja? periode, ImmutableArray<RhkNode> baris, ImmutableArray<KolomMph> kolom, ImmutableArray<RhkNode>[] cells)
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

    public Nip Pimpinan { get; }

    public PeriodeKinerja? Periode { get; }

    public ImmutableArray<RhkNode> Baris { get; }

    public ImmutableArray<KolomMph> Kolom { get; }

    public ImmutableArray<RhkNode> BarisTanpaPelaksana { get; }

    public ImmutableArray<KolomMph> KolomTanpaPeran { get; }

    public ImmutableArray<RhkNode> GetPeran(int baris, int kolom) => _cells[(baris * Kolom.Length) + kolom];

    public string ToText(CultureInfo culture)
    {
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

    public static DenseMatriksPeranHasil Build(CascadingGraph graph, Nip pimpinan, PeriodeKinerja? periode)
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

        return new DenseMatriksPeranHasil(pimpinan, periode, rows.Select(r => graph.Nodes[r]).ToImmutableArray(), columns.ToImmutable(), cells);
    }

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
