using System.Globalization;
using System.Text;
using ExcelDataReader;
using nietras.SeparatedValues;

namespace AsnKinerja.Tool.Masukan;

/// <summary>
/// The rows of a table file, CSV or XLSX, read one at a time (a national file is never held as text in memory). The first
/// row read is the header. Cells come trimmed of surrounding white space; the row number is the one a spreadsheet shows.
/// </summary>
internal abstract class SumberTabel : IDisposable
{
    protected SumberTabel(string namaBerkas) => NamaBerkas = namaBerkas;

    /// <summary>The file name as given.</summary>
    public string NamaBerkas { get; }

    /// <summary>The row number of the current row (1 for the header).</summary>
    public abstract int NomorBaris { get; }

    /// <summary>The number of cells of the current row.</summary>
    public abstract int JumlahKolom { get; }

    /// <summary>How far the reading has come, 0 to 1.</summary>
    public abstract double Kemajuan { get; }

    /// <summary>
    /// About how many rows remain (a sizing hint, never a limit): a workbook knows its row count; a CSV file is guessed from
    /// the bytes left at about 64 bytes a row. 0 when unknown.
    /// </summary>
    public abstract int PerkiraanBaris { get; }

    /// <summary>A short description of the format, for the report (<c>CSV (;)</c>, <c>XLSX, sheet 'Pegawai'</c>).</summary>
    public abstract string Format { get; }

    /// <summary>Opens a file by its extension: <c>.xlsx</c> (and <c>.xlsm</c>) as a workbook, anything else as CSV.</summary>
    /// <param name="path">The path.</param>
    /// <param name="sheet">For a workbook, the sheet's name; null for the first sheet.</param>
    /// <param name="bahasa">The language of the messages.</param>
    /// <returns>The source, positioned before the header.</returns>
    /// <exception cref="MasukanTidakValidException">The file is missing, empty, not readable, or has no such sheet.</exception>
    public static SumberTabel Open(string path, string? sheet, Bahasa bahasa)
    {
        if (!File.Exists(path))
        {
            throw Fail(path, bahasa.T("berkas tidak ditemukan.", "file not found."));
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".xlsx" or ".xlsm")
        {
            return SumberXlsx.Open(path, File.OpenRead(path), sheet, bahasa);
        }

        if (extension is ".xls")
        {
            throw Fail(path, bahasa.T("format .xls (Excel 97-2003) tidak didukung; simpan sebagai .xlsx atau .csv.", "the .xls format (Excel 97-2003) is not supported; save it as .xlsx or .csv."));
        }

        if (sheet is not null)
        {
            throw Fail(path, bahasa.T("opsi sheet hanya berlaku untuk berkas .xlsx.", "the sheet option applies to .xlsx files only."));
        }

        return SumberCsv.Open(path, File.OpenRead(path), bahasa);
    }

    /// <summary>Opens an embedded CSV (the built-in sample).</summary>
    /// <param name="name">The name shown in messages.</param>
    /// <param name="stream">The content.</param>
    /// <param name="bahasa">The language of the messages.</param>
    /// <returns>The source.</returns>
    public static SumberTabel OpenCsv(string name, Stream stream, Bahasa bahasa) => SumberCsv.Open(name, stream, bahasa);

    /// <summary>Moves to the next row.</summary>
    /// <returns>False at the end of the file.</returns>
    public abstract bool Read();

    /// <summary>A cell of the current row, trimmed; empty beyond the last cell.</summary>
    /// <param name="kolom">The cell's index.</param>
    /// <returns>The text.</returns>
    public abstract ReadOnlySpan<char> Get(int kolom);

    /// <summary>Whether a cell holds a number in the workbook (always false for CSV): an 18-digit NIP stored as a number has lost digits.</summary>
    /// <param name="kolom">The cell's index.</param>
    /// <returns>Whether the cell is numeric.</returns>
    public virtual bool IsAngka(int kolom) => false;

    /// <summary>
    /// Reads every remaining row through <paramref name="parse"/> and gives the results in file order. A CSV file's rows are
    /// parsed on every core (Sep's parallel enumeration, in order); a workbook's one at a time. The parser must therefore
    /// touch nothing shared that it writes to; what depends on earlier rows (a NIP seen before, a unit's second head) is for
    /// the caller, in order.
    /// </summary>
    /// <typeparam name="T">The parser's result per row.</typeparam>
    /// <param name="parse">Turns one row into a result.</param>
    /// <returns>The results with their row numbers, in file order.</returns>
    /// <exception cref="MasukanTidakValidException">The file stops being readable (a CSV that is not UTF-8).</exception>
    public virtual IEnumerable<(int Nomor, T Hasil)> ReadAll<T>(BacaBaris<T> parse)
    {
        while (Read())
        {
            yield return (NomorBaris, parse(new Baris(this)));
        }
    }

    /// <summary>Whether every cell of the current row is empty.</summary>
    /// <returns>True for a blank row.</returns>
    public bool IsBarisKosong()
    {
        for (var k = 0; k < JumlahKolom; k++)
        {
            if (!Get(k).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    protected static MasukanTidakValidException Fail(string berkas, string alasan) => new(new[] { new MasalahMasukan(berkas, 0, null, alasan) });
}

/// <summary>Turns one row into a result; see <see cref="SumberTabel.ReadAll{T}(BacaBaris{T})"/>.</summary>
/// <typeparam name="T">The result.</typeparam>
/// <param name="baris">The row.</param>
/// <returns>The result.</returns>
internal delegate T BacaBaris<T>(Baris baris);

/// <summary>One row as a parser sees it, on whichever core parses it: its cells trimmed, whether it is blank (its row number comes with the result, counted in file order).</summary>
internal readonly ref struct Baris
{
    private static readonly System.Buffers.SearchValues<char> KosongCsv = System.Buffers.SearchValues.Create(" \t\r\n,;\"");

    private readonly SumberTabel? _sumber;
    private readonly SepReader.Row _row;
    private readonly int _cols;

    /// <summary>The current row of a source read one row at a time.</summary>
    /// <param name="sumber">The source.</param>
    public Baris(SumberTabel sumber)
    {
        _sumber = sumber;
        _cols = sumber.JumlahKolom;
    }

    /// <summary>A row of a CSV file.</summary>
    /// <param name="row">Sep's row.</param>
    public Baris(SepReader.Row row)
    {
        _row = row;
        _cols = row.ColCount;
    }

    /// <summary>A cell, trimmed; empty beyond the last cell.</summary>
    /// <param name="kolom">The cell's index.</param>
    /// <returns>The text.</returns>
    public ReadOnlySpan<char> Get(int kolom) => _sumber is not null ? _sumber.Get(kolom) : kolom >= 0 && kolom < _cols ? _row[kolom].Span.Trim() : ReadOnlySpan<char>.Empty;

    /// <summary>Whether a cell holds a number in a workbook (never in CSV).</summary>
    /// <param name="kolom">The cell's index.</param>
    /// <returns>Whether the cell is numeric.</returns>
    public bool IsAngka(int kolom) => _sumber is not null && _sumber.IsAngka(kolom);

    /// <summary>Whether every cell is empty.</summary>
    /// <returns>True for a blank row.</returns>
    public bool IsKosong()
    {
        // A CSV row with any character but white space, separators and quotes holds a value: the usual row is settled by one
        // vectorised scan; only a row of such characters alone is looked at cell by cell.
        if (_sumber is null && _row.Span.IndexOfAnyExcept(KosongCsv) >= 0)
        {
            return false;
        }

        for (var k = 0; k < _cols; k++)
        {
            if (!Get(k).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// CSV through Sep: comma or semicolon (chosen from the header line), quoted fields with doubled quotes and line breaks,
/// UTF-8 with or without a byte-order mark. Bytes that are not UTF-8 stop the reading with a clear message rather than
/// turning into replacement characters.
/// </summary>
internal sealed class SumberCsv : SumberTabel
{
    private readonly Stream _stream;
    private readonly SepReader _reader;
    private readonly Bahasa _bahasa;
    private readonly char _separator;
    private int _line;
    private int _lineToExcl = 1;
    private int _cols;
    private bool _hasRow;

    private SumberCsv(string name, Stream stream, SepReader reader, char separator, Bahasa bahasa)
        : base(name)
    {
        _stream = stream;
        _reader = reader;
        _separator = separator;
        _bahasa = bahasa;
    }

    /// <inheritdoc />
    public override int NomorBaris => _hasRow ? _line : 0;

    /// <inheritdoc />
    public override int JumlahKolom => _hasRow ? _cols : 0;

    /// <inheritdoc />
    public override double Kemajuan => _stream.CanSeek && _stream.Length > 0 ? Math.Min(1.0, (double)_stream.Position / _stream.Length) : 0;

    /// <inheritdoc />
    public override string Format => "CSV (" + _separator + ")";

    /// <inheritdoc />
    public override int PerkiraanBaris => _stream.CanSeek ? (int)Math.Min(1 << 26, Math.Max(0, _stream.Length - _stream.Position) / 64) : 0;

    /// <summary>Opens the CSV, choosing the separator from the first line.</summary>
    public static SumberCsv Open(string name, Stream stream, Bahasa bahasa)
    {
        try
        {
            var separator = DetectSeparator(stream, name, bahasa);
            stream.Position = 0;
            var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            var reader = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            return new SumberCsv(name, stream, reader, separator, bahasa);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override bool Read()
    {
        try
        {
            _hasRow = _reader.MoveNext();
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8();
        }

        if (_hasRow)
        {
            var row = _reader.Current;
            _line = Nomor(row);
            _cols = row.ColCount;
            _lineToExcl = row.LineNumberToExcl;
        }

        return _hasRow;
    }

    // Sep numbers the first row's lines from the end of the header scan; the first row is line 1 by definition.
    private static int Nomor(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    private MasukanTidakValidException NotUtf8() => Fail(NamaBerkas, _bahasa.T(
        string.Format(CultureInfo.InvariantCulture, "berkas bukan teks UTF-8 (sekitar baris {0}); simpan ulang sebagai \"CSV UTF-8\".", _line + 1),
        string.Format(CultureInfo.InvariantCulture, "the file is not UTF-8 text (near row {0}); save it again as \"CSV UTF-8\".", _line + 1)));

    /// <inheritdoc />
    public override ReadOnlySpan<char> Get(int kolom) => kolom < _cols ? _reader.Current[kolom].Span.Trim() : ReadOnlySpan<char>.Empty;

    /// <inheritdoc />
    public override IEnumerable<(int Nomor, T Hasil)> ReadAll<T>(BacaBaris<T> parse)
    {
        // A row's number is the line it starts on: the line after the previous row's last. Sep's parallel batches know
        // where each row ends (LineNumberToExcl) but not, at a batch's first row, where it starts, so the numbers are
        // counted here, in file order.
        using var rows = _reader.ParallelEnumerate(row => (Bawah: row.LineNumberToExcl, Hasil: parse(new Baris(row))), Environment.ProcessorCount).GetEnumerator();
        while (true)
        {
            try
            {
                _hasRow = rows.MoveNext();
            }
            catch (Exception e) when (e is DecoderFallbackException || (e is AggregateException a && a.InnerExceptions.Any(x => x is DecoderFallbackException)))
            {
                _hasRow = false;
                throw NotUtf8();
            }

            if (!_hasRow)
            {
                yield break;
            }

            _line = _lineToExcl;
            _lineToExcl = rows.Current.Bawah;
            yield return (_line, rows.Current.Hasil);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _stream.Dispose();
        }
    }

    /// <summary>The separator of the header line: the one of ';' and ',' that occurs more often outside quotes (a tab as a third choice).</summary>
    private static char DetectSeparator(Stream stream, string name, Bahasa bahasa)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        string? line;
        try
        {
            line = text.ReadLine();
            while (line is not null && line.Trim().Length == 0)
            {
                line = text.ReadLine();
            }
        }
        catch (DecoderFallbackException)
        {
            throw Fail(name, bahasa.T("berkas bukan teks UTF-8; simpan ulang sebagai \"CSV UTF-8\".", "the file is not UTF-8 text; save it again as \"CSV UTF-8\"."));
        }

        if (line is null)
        {
            throw Fail(name, bahasa.T("berkas kosong: tidak ada baris judul kolom.", "the file is empty: there is no header row."));
        }

        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }

        return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }
}

/// <summary>
/// XLSX through ExcelDataReader, streamed row by row: the first sheet or the one named. Numbers print without
/// exponent or grouping, dates as yyyy-MM-dd, and numeric cells are marked so that a NIP typed as a number is caught.
/// </summary>
internal sealed class SumberXlsx : SumberTabel
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;
    private readonly string _sheet;
    private readonly long _rows;
    private string[] _cells = Array.Empty<string>();
    private bool[] _numeric = Array.Empty<bool>();
    private int _count;
    private int _row;

    static SumberXlsx()
    {
        // ExcelDataReader decodes the legacy code pages a workbook may name (1252 at least, even for .xlsx); .NET has them
        // only through this provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    private SumberXlsx(string name, Stream stream, IExcelDataReader reader, string sheet, long rows)
        : base(name)
    {
        _stream = stream;
        _reader = reader;
        _sheet = sheet;
        _rows = rows;
    }

    /// <inheritdoc />
    public override int NomorBaris => _row;

    /// <inheritdoc />
    public override int JumlahKolom => _count;

    /// <inheritdoc />
    public override double Kemajuan => _rows > 0 ? Math.Min(1.0, (double)_row / _rows) : 0;

    /// <inheritdoc />
    public override string Format => "XLSX, sheet '" + _sheet + "'";

    /// <inheritdoc />
    public override int PerkiraanBaris => (int)Math.Clamp(_rows - _row, 0, 1 << 26);

    /// <summary>Opens the workbook at the sheet asked for.</summary>
    public static SumberXlsx Open(string name, Stream stream, string? sheet, Bahasa bahasa)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (e is InvalidDataException or ExcelDataReader.Exceptions.HeaderException or IOException or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            stream.Dispose();
            throw Fail(name, bahasa.T("bukan berkas XLSX yang dapat dibaca: " + e.Message, "not a readable XLSX file: " + e.Message));
        }

        var names = new List<string>();
        do
        {
            names.Add(reader.Name);
            if (sheet is null || string.Equals(reader.Name.Trim(), sheet.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return new SumberXlsx(name, stream, reader, reader.Name, reader.RowCount);
            }
        }
        while (reader.NextResult());

        reader.Dispose();
        stream.Dispose();
        var list = string.Join(", ", names.Select(n => "'" + n + "'"));
        throw Fail(name, bahasa.T("tidak ada sheet '" + sheet + "'; sheet yang ada: " + list + ".", "there is no sheet '" + sheet + "'; the sheets are: " + list + "."));
    }

    /// <inheritdoc />
    public override bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        _row++;
        _count = _reader.FieldCount;
        if (_cells.Length < _count)
        {
            _cells = new string[_count];
            _numeric = new bool[_count];
        }

        // Trailing empty cells do not count, so a row with formatting beyond the data is no wider than its data.
        var last = -1;
        for (var k = 0; k < _count; k++)
        {
            var value = _reader.GetValue(k);
            _numeric[k] = value is double or int or long or decimal or float;
            _cells[k] = value switch
            {
                null => string.Empty,
                string s => s,
                double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
                DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                bool b => b ? "TRUE" : "FALSE",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
            if (_cells[k].Trim().Length > 0)
            {
                last = k;
            }
        }

        _count = last + 1;
        return true;
    }

    /// <inheritdoc />
    public override ReadOnlySpan<char> Get(int kolom) => kolom < _count ? _cells[kolom].AsSpan().Trim() : ReadOnlySpan<char>.Empty;

    /// <inheritdoc />
    public override bool IsAngka(int kolom) => kolom < _count && _numeric[kolom];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _stream.Dispose();
        }
    }
}
