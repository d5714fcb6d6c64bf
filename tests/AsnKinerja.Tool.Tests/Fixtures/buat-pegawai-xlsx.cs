// Writes pegawai.xlsx, the XLSX fixture of the tool tests, from the CSV fixtures (run outside the repository so that
// its build settings do not apply, e.g. after copying this file to /tmp):
//   dotnet run buat-pegawai-xlsx.cs -- pegawai-berantakan.csv rusak.csv pegawai.xlsx
// Sheets: "Petunjuk" (a note, so the first sheet is not the data), "Pegawai" (the messy rows, NIP as text, scores as
// numbers) and "Rusak" (the bad rows of pegawai-baris-rusak.csv plus a row without a unit and a NIP stored as a number).
#:package ClosedXML@0.95.4
using ClosedXML.Excel;
var src = args[0]; var bad = args[1]; var outp = args[2];
using var wb = new XLWorkbook();
var info = wb.Worksheets.Add("Petunjuk");
info.Cell(1, 1).Value = "Ekspor e-Kinerja (uji): data pegawai di sheet Pegawai; sheet Rusak berisi baris yang salah.";
void Fill(IXLWorksheet ws, string file, bool numberNip)
{
    var lines = File.ReadAllLines(file).Select(l => l.TrimStart('\uFEFF')).Where(l => l.Length > 0).ToArray();
    for (var r = 0; r < lines.Length; r++)
    {
        var cells = Split(lines[r]);
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = ws.Cell(r + 1, c + 1);
            if (c == 0 && r > 0 && !(numberNip && r == lines.Length - 1)) { cell.SetValue(cells[c]); cell.DataType = XLDataType.Text; }
            else if (c == 0 && r > 0) { cell.Value = double.Parse(cells[c]); }
            else if (c == 6 && r > 0 && double.TryParse(cells[c].Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)) { cell.Value = d; }
            else { cell.SetValue(cells[c]); }
        }
    }

}
static List<string> Split(string line)
{
    var list = new List<string>(); var sb = new System.Text.StringBuilder(); var q = false;
    for (var i = 0; i < line.Length; i++)
    {
        var ch = line[i];
        if (q) { if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; } else if (ch == '"') q = false; else sb.Append(ch); }
        else if (ch == '"') q = true; else if (ch == ';') { list.Add(sb.ToString()); sb.Clear(); } else sb.Append(ch);
    }
    list.Add(sb.ToString()); return list;
}
Fill(wb.Worksheets.Add("Pegawai"), src, false);
Fill(wb.Worksheets.Add("Rusak"), bad, true);
wb.SaveAs(outp);
