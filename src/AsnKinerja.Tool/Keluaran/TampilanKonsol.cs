using System.Globalization;
using AsnKinerja.Predicates;
using AsnKinerja.Tool.Masukan;
using AsnKinerja.Tool.Pemeriksaan;
using Spectre.Console;

namespace AsnKinerja.Tool.Keluaran;

/// <summary>What <c>periksa</c> prints: the run's facts, one table row per unit, the details of each failing unit, the summary.</summary>
internal static class TampilanKonsol
{
    /// <summary>Prints the run's header: files, period, date, rule sets.</summary>
    /// <param name="console">The console.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="berkasPegawai">The employee file as named.</param>
    /// <param name="berkasUnit">The unit file as named.</param>
    /// <param name="bahasa">The language.</param>
    public static void Kepala(IAnsiConsole console, HasilPemeriksaan hasil, string berkasPegawai, string berkasUnit, Bahasa bahasa)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string key, string value) => grid.AddRow(new Markup("[bold]" + Markup.Escape(key) + "[/]"), new Text(value));
        Row(bahasa.T("Berkas pegawai", "Employee file"), berkasPegawai + " · " + hasil.Pegawai.Format + " · " + Teks.Angka(hasil.Pegawai.Count, bahasa) + bahasa.T(" pegawai", " employees"));
        Row(bahasa.T("Berkas unit", "Unit file"), berkasUnit + " · " + hasil.Unit.Format + " · " + Teks.Angka(hasil.Unit.Count, bahasa) + bahasa.T(" unit", " units"));
        Row(bahasa.T("Periode", "Period"), Teks.Periode(hasil.Periode, bahasa));
        Row(bahasa.T("Tanggal penetapan", "Decision date"), Teks.Tanggal(hasil.Tanggal));
        Row(bahasa.T("Aturan kuadran", "Quadrant rules"), Teks.Aturan(hasil.Kuadran.RuleSet));
        Row(bahasa.T("Aturan distribusi", "Distribution rules"), Teks.Aturan(hasil.Distribusi.RuleSet));
        Row(bahasa.T("Kebijakan", "Policies"), string.Join(", ", hasil.Policies));
        console.Write(grid);
        console.WriteLine();
    }

    /// <summary>Prints one row per unit (up to <paramref name="maks"/>), then each failing unit's findings and proposal, then the summary.</summary>
    /// <param name="console">The console.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="bahasa">The language.</param>
    /// <param name="maks">The most units to list.</param>
    public static void Unit(IAnsiConsole console, HasilPemeriksaan hasil, Bahasa bahasa, int maks)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(bahasa.T("Distribusi predikat per unit", "Predicate distribution per unit"));
        table.AddColumn("Unit");
        table.AddColumn(bahasa.T("Predikat organisasi", "Organisation predicate"));
        table.AddColumn(new TableColumn(bahasa.T("Dinilai", "Judged")).RightAligned());
        foreach (var p in Teks.Urutan)
        {
            table.AddColumn(new TableColumn(Teks.Singkat(p)).RightAligned());
        }

        table.AddColumn("Status");
        table.AddColumn(new TableColumn(bahasa.T("Usulan", "Proposed")).RightAligned());
        foreach (var h in hasil.HasilUnit.Take(maks))
        {
            var v = h.Verdict;
            var cells = new List<Markup>
            {
                new(Markup.Escape(new string(' ', 2 * hasil.Unit.Depth[h.Index]) + hasil.Unit.Id[h.Index])),
                new(Markup.Escape(v.PredikatOrganisasi.ToLabel())),
                new(Teks.Angka(v.Jumlah.Total, bahasa)),
            };
            cells.AddRange(Teks.Urutan.Select(p => new Markup(Teks.Angka(v.Jumlah[p], bahasa))));
            cells.Add(new Markup(Warna(v.Status) + Markup.Escape(Teks.Status(v.Status, bahasa)) + "[/]"));
            cells.Add(new Markup(h.Kalibrasi is null ? "-" : h.Kalibrasi.IsFeasible ? Teks.Angka(h.Kalibrasi.Perubahan.Length, bahasa) : bahasa.T("tidak ada", "none")));
            table.AddRow(cells);
        }

        console.Write(table);
        if (hasil.HasilUnit.Length > maks)
        {
            console.MarkupLine(Markup.Escape(bahasa.T(
                "… dan " + Teks.Angka(hasil.HasilUnit.Length - maks, bahasa) + " unit lain: lihat laporan HTML (atau --maks-unit).",
                "… and " + Teks.Angka(hasil.HasilUnit.Length - maks, bahasa) + " more units: see the HTML report (or --maks-unit).")));
        }

        console.WriteLine();
        var gagal = hasil.HasilUnit.Where(h => h.IsPelanggaran).ToList();
        if (gagal.Count > 0)
        {
            console.MarkupLine("[bold]" + Markup.Escape(bahasa.T("Unit yang tidak memenuhi pola distribusinya", "Units that do not meet their distribution pattern")) + "[/]");
            foreach (var h in gagal.Take(maks))
            {
                var v = h.Verdict;
                console.MarkupLine(Warna(v.Status) + Markup.Escape(hasil.Unit.Id[h.Index] + " — " + hasil.Unit.Nama[h.Index] + " (" + v.PredikatOrganisasi.ToLabel() + ")") + "[/]");
                foreach (var f in v.Findings)
                {
                    console.MarkupLine("  " + Markup.Escape(f.Code + " " + f.GetMessage(bahasa.Language)));
                }

                if (h.Kalibrasi is { } k)
                {
                    console.MarkupLine("  " + Markup.Escape(RingkasUsulan(k, bahasa)));
                }
            }

            if (gagal.Count > maks)
            {
                console.MarkupLine(Markup.Escape(bahasa.T("… dan " + Teks.Angka(gagal.Count - maks, bahasa) + " unit lain di laporan HTML.", "… and " + Teks.Angka(gagal.Count - maks, bahasa) + " more units in the HTML report.")));
            }

            console.WriteLine();
        }
    }

    /// <summary>Prints the summary: units per status, the agency's predicates, the proposals.</summary>
    /// <param name="console">The console.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="bahasa">The language.</param>
    public static void Ringkasan(IAnsiConsole console, HasilPemeriksaan hasil, Bahasa bahasa)
    {
        var total = hasil.Bulk.JumlahTotal;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        var status = string.Join(", ", Enum.GetValues<StatusDistribusi>()
            .Where(s => hasil.Bulk.UnitPerStatus.ContainsKey(s))
            .Select(s => bahasa.IsEnglish
                ? Teks.Status(s, bahasa).ToLowerInvariant() + ": " + Teks.Angka(hasil.Bulk.UnitPerStatus[s], bahasa)
                : Teks.Angka(hasil.Bulk.UnitPerStatus[s], bahasa) + " " + Teks.Status(s, bahasa).ToLowerInvariant()));
        grid.AddRow(new Markup("[bold]" + bahasa.T("Unit", "Units") + "[/]"), new Text(Teks.Angka(hasil.Unit.Count, bahasa) + ": " + status));
        grid.AddRow(
            new Markup("[bold]" + bahasa.T("Pegawai", "Employees") + "[/]"),
            new Text(Teks.Angka(total.Total, bahasa) + ": " + string.Join(", ", Teks.Urutan.Select(p => Teks.Singkat(p) + " " + Teks.Angka(total[p], bahasa) + " (" + Teks.Persen(total[p], total.Total, bahasa) + ")"))));
        grid.AddRow(
            new Markup("[bold]" + bahasa.T("Usulan kalibrasi", "Calibration proposals") + "[/]"),
            new Text(bahasa.T(
                Teks.Angka(hasil.Usulan.Length, bahasa) + " perubahan predikat di " + Teks.Angka(hasil.HasilUnit.Count(h => h.Kalibrasi is { IsFeasible: true }), bahasa) + " unit",
                Teks.Angka(hasil.Usulan.Length, bahasa) + " predicate changes in " + Teks.Angka(hasil.HasilUnit.Count(h => h.Kalibrasi is { IsFeasible: true }), bahasa) + " units")));
        console.MarkupLine("[bold]" + bahasa.T("Ringkasan", "Summary") + "[/]");
        console.Write(grid);
    }

    /// <summary>Prints the input problems (up to <paramref name="maks"/>) and where the full list is.</summary>
    /// <param name="console">The console.</param>
    /// <param name="masalah">The problems.</param>
    /// <param name="bahasa">The language.</param>
    /// <param name="maks">The most problems to print.</param>
    /// <param name="daftarLengkap">The file holding all of them, or null.</param>
    public static void Masalah(IAnsiConsole console, IReadOnlyList<MasalahMasukan> masalah, Bahasa bahasa, int maks, string? daftarLengkap)
    {
        console.MarkupLine("[red bold]" + Markup.Escape(bahasa.T(
            "Masukan tidak valid: " + Teks.Angka(masalah.Count, bahasa) + " masalah. Tidak ada yang diperiksa; perbaiki semuanya lalu jalankan lagi.",
            "Invalid input: " + Teks.Angka(masalah.Count, bahasa) + " problems. Nothing was checked; fix them all and run again.")) + "[/]");
        foreach (var m in masalah.Take(maks))
        {
            console.MarkupLine(Markup.Escape(m.Format(bahasa)));
        }

        if (masalah.Count > maks)
        {
            console.MarkupLine(Markup.Escape(bahasa.T(
                "… dan " + Teks.Angka(masalah.Count - maks, bahasa) + " masalah lain.",
                "… and " + Teks.Angka(masalah.Count - maks, bahasa) + " more problems.")));
        }

        if (daftarLengkap is not null)
        {
            console.MarkupLine(Markup.Escape(bahasa.T("Daftar lengkap: ", "Full list: ") + daftarLengkap));
        }
    }

    /// <summary>A proposal in one line: how many changes, from which predicate to which.</summary>
    /// <param name="kalibrasi">The proposal.</param>
    /// <param name="bahasa">The language.</param>
    /// <returns>The line.</returns>
    public static string RingkasUsulan(UsulanKalibrasi kalibrasi, Bahasa bahasa)
    {
        if (!kalibrasi.IsFeasible)
        {
            var why = kalibrasi.Findings.FirstOrDefault()?.GetMessage(bahasa.Language) ?? kalibrasi.Explanation.GetDescription(bahasa.Language);
            return bahasa.T("Tidak ada usulan kalibrasi: ", "No calibration proposal: ") + why;
        }

        var moves = kalibrasi.Perubahan
            .GroupBy(p => (p.Dari, p.Menjadi))
            .OrderByDescending(g => g.Key.Dari).ThenByDescending(g => g.Key.Menjadi)
            .Select(g => Teks.Singkat(g.Key.Dari) + " → " + Teks.Singkat(g.Key.Menjadi) + ": " + g.Count().ToString(CultureInfo.InvariantCulture));
        return bahasa.T("Usulan kalibrasi: ", "Calibration proposal: ") + kalibrasi.Perubahan.Length.ToString(CultureInfo.InvariantCulture)
            + bahasa.T(" perubahan (", " changes (") + string.Join(", ", moves) + ")";
    }

    private static string Warna(StatusDistribusi status) => status switch
    {
        StatusDistribusi.Memenuhi => "[green]",
        StatusDistribusi.TidakMemenuhi => "[red]",
        StatusDistribusi.TidakMungkin => "[yellow]",
        _ => "[grey]",
    };
}
