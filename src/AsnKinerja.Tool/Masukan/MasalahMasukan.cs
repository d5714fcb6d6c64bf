using System.Globalization;

namespace AsnKinerja.Tool.Masukan;

/// <summary>One problem in an input file: where it is (file, row, column) and why, in the tool's language.</summary>
/// <param name="Berkas">The file name as given on the command line.</param>
/// <param name="Baris">The row number as a spreadsheet shows it (the header is row 1), or 0 for the file as a whole.</param>
/// <param name="Kolom">The column's header as written in the file, or null when the problem is not about one column.</param>
/// <param name="Alasan">Why the row is rejected.</param>
internal sealed record MasalahMasukan(string Berkas, int Baris, string? Kolom, string Alasan)
{
    /// <summary>The problem as one line: <c>file:row: column 'x': reason</c>.</summary>
    /// <param name="bahasa">The language.</param>
    /// <returns>The line.</returns>
    public string Format(Bahasa bahasa)
    {
        var where = Baris > 0 ? Berkas + ":" + Baris.ToString(CultureInfo.InvariantCulture) : Berkas;
        return Kolom is null ? where + ": " + Alasan : string.Format(CultureInfo.InvariantCulture, "{0}: {1} '{2}': {3}", where, bahasa.T("kolom", "column"), Kolom, Alasan);
    }
}

/// <summary>Collects every problem of a run: the input is rejected as a whole, with all of them, never only the first.</summary>
internal sealed class DaftarMasalah
{
    private readonly List<MasalahMasukan> _items = new();

    /// <summary>The problems found, in the order found (file by file, row by row).</summary>
    public IReadOnlyList<MasalahMasukan> Items => _items;

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _items.Count > 0;

    /// <summary>Records a problem.</summary>
    /// <param name="masalah">The problem.</param>
    public void Add(MasalahMasukan masalah) => _items.Add(masalah);

    /// <summary>Records a problem.</summary>
    /// <param name="berkas">The file.</param>
    /// <param name="baris">The row number, or 0 for the whole file.</param>
    /// <param name="kolom">The column header, or null.</param>
    /// <param name="alasan">The reason.</param>
    public void Add(string berkas, int baris, string? kolom, string alasan) => _items.Add(new MasalahMasukan(berkas, baris, kolom, alasan));
}

/// <summary>An input the tool cannot read at all (a missing file, a sheet that does not exist): reported with exit code 2.</summary>
internal sealed class MasukanTidakValidException : Exception
{
    /// <summary>Creates the exception with the problems that stop the run.</summary>
    /// <param name="masalah">The problems.</param>
    public MasukanTidakValidException(IReadOnlyList<MasalahMasukan> masalah)
        : base(string.Join(Environment.NewLine, masalah.Select(m => m.Format(Bahasa.English))))
    {
        Masalah = masalah;
    }

    /// <summary>The problems.</summary>
    public IReadOnlyList<MasalahMasukan> Masalah { get; }
}
