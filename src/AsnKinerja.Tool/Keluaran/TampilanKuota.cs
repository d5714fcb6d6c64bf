using AsnKinerja.Predicates;
using Spectre.Console;

namespace AsnKinerja.Tool.Keluaran;

/// <summary>What <c>kuota</c> prints: the pattern, then for each unit size the allowed range of every predicate.</summary>
internal static class TampilanKuota
{
    /// <summary>Prints the ranges.</summary>
    /// <param name="console">The console.</param>
    /// <param name="rules">The distribution rules in force.</param>
    /// <param name="org">The organisation predicate.</param>
    /// <param name="sizes">The unit sizes.</param>
    /// <param name="tanggal">The decision date.</param>
    /// <param name="periode">The period.</param>
    /// <param name="bahasa">The language.</param>
    public static void Write(IAnsiConsole console, IDistribusiRules rules, PredikatKinerjaOrganisasi org, IReadOnlyList<int> sizes, NodaTime.LocalDate tanggal, PeriodeKinerja periode, Bahasa bahasa)
    {
        var pola = rules.GetPola(org);
        console.MarkupLine("[bold]" + Markup.Escape(bahasa.T("Pola distribusi untuk predikat organisasi ", "Distribution pattern for the organisation predicate ") + org.ToLabel()) + "[/]");
        console.WriteLine(Teks.Aturan(rules.RuleSet) + " · " + bahasa.T("periode ", "period ") + periode + " · " + bahasa.T("tanggal penetapan ", "decision date ") + Teks.Tanggal(tanggal));
        foreach (var batasan in pola.Batasan)
        {
            console.WriteLine("  - " + batasan.Describe(bahasa.Language));
        }

        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(bahasa.T("Jumlah pegawai", "Unit size")).RightAligned());
        foreach (var p in Teks.Urutan)
        {
            table.AddColumn(new TableColumn(Teks.Singkat(p)).Centered());
        }

        table.AddColumn(bahasa.T("Catatan", "Note"));
        var notes = new List<string>();
        foreach (var n in sizes)
        {
            var kuota = rules.CalculateKuota(org, n);
            var cells = new List<string> { Teks.Angka(n, bahasa) };
            if (kuota.IsFeasible)
            {
                cells.AddRange(Teks.Urutan.Select(p => Rentang(kuota[p], bahasa)));
                cells.Add(string.Empty);
            }
            else
            {
                cells.AddRange(Teks.Urutan.Select(_ => "-"));
                cells.Add(bahasa.T("tidak mungkin dipenuhi", "cannot be met"));
                notes.AddRange(kuota.Findings.Select(f => Teks.Angka(n, bahasa) + ": " + f.Code + " " + f.GetMessage(bahasa.Language)));
            }

            table.AddRow(cells.Select(c => new Text(c)));
        }

        console.Write(table);
        foreach (var note in notes)
        {
            console.WriteLine(note);
        }

        console.WriteLine(bahasa.T("Kebijakan: ", "Policies: ") + string.Join(", ", rules.CalculateKuota(org, sizes.Count > 0 ? sizes[0] : 0).Policies));
        console.WriteLine(bahasa.T(
            "Setiap rentang berlaku untuk satu predikat; gabungan semuanya harus tetap memenuhi pola (jumlahnya sama dengan jumlah pegawai).",
            "Each range holds for one predicate; together they must still meet the pattern (and add up to the unit size)."));
    }

    private static string Rentang(RentangKuota r, Bahasa bahasa) => r.Min == r.Max ? Teks.Angka(r.Min, bahasa) : Teks.Angka(r.Min, bahasa) + "–" + Teks.Angka(r.Max, bahasa);
}
