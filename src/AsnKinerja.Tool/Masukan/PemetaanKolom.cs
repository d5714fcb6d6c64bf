using System.Text;

namespace AsnKinerja.Tool.Masukan;

/// <summary>A column the tool reads: its key (the default header), whether it must be present, and other headers it accepts.</summary>
/// <param name="Kunci">The key and default header, e.g. <c>rating_hasil_kerja</c>.</param>
/// <param name="Wajib">Whether the file must have it.</param>
/// <param name="Alias">Other headers e-Kinerja exports and offices commonly use.</param>
internal sealed record KolomSpec(string Kunci, bool Wajib, params string[] Alias);

/// <summary>
/// Finds the tool's columns in a file's header row. Headers are compared without case, spaces, underscores, hyphens and
/// dots (<c>Rating Hasil Kerja</c>, <c>RATING_HASIL_KERJA</c> and <c>rating-hasil-kerja</c> are one header); an office's own
/// headers are given as <c>key=Header</c> mappings, which replace the defaults of that key.
/// </summary>
internal sealed class PemetaanKolom
{
    private readonly IReadOnlyList<KolomSpec> _spec;
    private readonly Dictionary<string, string> _mapping;
    private readonly string _opsi;

    private PemetaanKolom(IReadOnlyList<KolomSpec> spec, Dictionary<string, string> mapping, string opsi)
    {
        _spec = spec;
        _mapping = mapping;
        _opsi = opsi;
    }

    /// <summary>The columns expected.</summary>
    public IReadOnlyList<KolomSpec> Spec => _spec;

    /// <summary>Builds the matcher from the columns and the <c>key=Header</c> mappings given on the command line.</summary>
    /// <param name="spec">The columns.</param>
    /// <param name="mapping">The mappings, e.g. <c>nip=NIP Baru</c>; several may be given in one value separated by commas.</param>
    /// <param name="opsi">The option's name, for messages.</param>
    /// <param name="bahasa">The language of the messages.</param>
    /// <param name="masalah">Receives the problems with the mappings (unknown key, missing '=').</param>
    /// <returns>The matcher.</returns>
    public static PemetaanKolom Create(IReadOnlyList<KolomSpec> spec, IEnumerable<string> mapping, string opsi, Bahasa bahasa, DaftarMasalah masalah)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in mapping.SelectMany(m => m.Split(',')).Select(m => m.Trim()).Where(m => m.Length > 0))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == item.Length - 1)
            {
                masalah.Add(opsi, 0, null, bahasa.T("'" + item + "' bukan pemetaan kolom; tulis KUNCI=Judul, misalnya nip=NIP Baru.", "'" + item + "' is not a column mapping; write KEY=Header, for example nip=NIP Baru."));
                continue;
            }

            var key = Normalize(item.AsSpan(0, eq));
            var known = spec.FirstOrDefault(s => Normalize(s.Kunci) == key);
            if (known is null)
            {
                var keys = string.Join(", ", spec.Select(s => s.Kunci));
                masalah.Add(opsi, 0, null, bahasa.T("kunci kolom '" + item.Substring(0, eq).Trim() + "' tidak dikenal; kunci yang ada: " + keys + ".", "unknown column key '" + item.Substring(0, eq).Trim() + "'; the keys are: " + keys + "."));
                continue;
            }

            map[known.Kunci] = item.Substring(eq + 1).Trim();
        }

        return new PemetaanKolom(spec, map, opsi);
    }

    /// <summary>
    /// Header matching: lower-case ASCII letters, and drops white space, underscores, hyphens and dots. Only ASCII letters
    /// fold (as in the library's label parsers), so look-alike characters stay what they are.
    /// </summary>
    /// <param name="header">The header text.</param>
    /// <returns>The key it is compared by.</returns>
    public static string Normalize(ReadOnlySpan<char> header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        return builder.ToString();
    }

    /// <summary>Finds every column in the header row of <paramref name="sumber"/> (which must be on its header).</summary>
    /// <param name="sumber">The source, positioned on the header row.</param>
    /// <param name="bahasa">The language of the messages.</param>
    /// <param name="masalah">Receives a missing required column (naming the headers found) and a header that two columns claim.</param>
    /// <returns>The cell index of each key, -1 for an optional column that is absent; and the header text of each key found.</returns>
    public (Dictionary<string, int> Index, Dictionary<string, string> Judul) Match(SumberTabel sumber, Bahasa bahasa, DaftarMasalah masalah)
    {
        var headers = new List<string>();
        for (var k = 0; k < sumber.JumlahKolom; k++)
        {
            headers.Add(sumber.Get(k).ToString());
        }

        var normalized = headers.Select(h => Normalize(h)).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var judul = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in _spec)
        {
            var wanted = _mapping.TryGetValue(spec.Kunci, out var own) ? new[] { own } : new[] { spec.Kunci }.Concat(spec.Alias).ToArray();
            var found = -1;
            foreach (var w in wanted.Select(w => Normalize(w)))
            {
                found = normalized.IndexOf(w);
                if (found >= 0)
                {
                    break;
                }
            }

            if (found >= 0 && normalized.IndexOf(normalized[found], found + 1) is var twice and >= 0)
            {
                masalah.Add(sumber.NamaBerkas, sumber.NomorBaris, headers[found], bahasa.T(
                    "judul kolom ini muncul dua kali (kolom ke-" + (found + 1) + " dan ke-" + (twice + 1) + "); tidak jelas mana yang dibaca.",
                    "this header appears twice (columns " + (found + 1) + " and " + (twice + 1) + "); it is unclear which to read."));
            }

            if (found < 0 && spec.Wajib)
            {
                var asked = string.Join(" / ", wanted.Select(w => "'" + w + "'"));
                var present = headers.Count == 0 ? "-" : string.Join(", ", headers.Select(h => "'" + h + "'"));
                masalah.Add(sumber.NamaBerkas, sumber.NomorBaris, null, bahasa.T(
                    "kolom wajib " + asked + " tidak ada. Judul kolom di berkas: " + present + ". Pakai " + _opsi + " " + spec.Kunci + "=JUDUL bila kantor Anda memakai judul lain.",
                    "the required column " + asked + " is missing. The file's headers: " + present + ". Use " + _opsi + " " + spec.Kunci + "=HEADER if your office uses another header."));
            }

            index[spec.Kunci] = found;
            if (found >= 0)
            {
                judul[spec.Kunci] = headers[found];
            }
        }

        return (index, judul);
    }
}
