using AsnKinerja.Predicates;
using AsnKinerja.Tool.Masukan;

namespace AsnKinerja.Tool.Pemeriksaan;

/// <summary>
/// Who is who in a file pair, for the SIASN payloads and the documents: each employee as a <see cref="Pejabat"/>, their
/// evaluator, the official who sets the predicates, and each employee's final predicate.
/// The files carry no evaluator column, so the evaluator is read from the unit tree: an employee's evaluator is the head
/// of their unit; a head's evaluator (or that of an employee of a unit without a head) is the head of the nearest unit
/// above that has one; the head of the top unit is evaluated by the PPK, who is named on the command line
/// (<c>--ppk-nama</c>, <c>--ppk-jabatan</c>) since the files do not hold them.
/// </summary>
internal sealed class PihakPenilaian
{
    private readonly HasilPemeriksaan _hasil;
    private readonly Pejabat?[] _orang;

    /// <summary>Creates the view.</summary>
    /// <param name="hasil">The check of the files.</param>
    /// <param name="ppk">The PPK named on the command line, or null.</param>
    public PihakPenilaian(HasilPemeriksaan hasil, Pejabat? ppk)
    {
        _hasil = hasil;
        _orang = new Pejabat?[hasil.Pegawai.Count];
        Ppk = ppk;
    }

    /// <summary>The PPK named on the command line, or null.</summary>
    public Pejabat? Ppk { get; }

    /// <summary>
    /// The official who sets the predicates and signs the <em>Format Penetapan</em>: the PPK when named, else the head of
    /// the top unit above <paramref name="unit"/> (a head of agency to whom the PPK has delegated it); null when neither is known.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The official, or null.</returns>
    public Pejabat? PejabatBerwenang(int unit)
    {
        if (Ppk is not null)
        {
            return Ppk;
        }

        var top = unit;
        while (_hasil.Unit.Induk[top] >= 0)
        {
            top = _hasil.Unit.Induk[top];
        }

        var kepala = _hasil.Pegawai.AdaKepala ? _hasil.Pegawai.KepalaUnit[top] : -1;
        return kepala >= 0 ? Orang(kepala) : null;
    }

    /// <summary>The employee as an official: NIP, name, position, rank and unit as the file gives them.</summary>
    /// <param name="pegawai">The employee's index.</param>
    /// <returns>The official.</returns>
    public Pejabat Orang(int pegawai)
    {
        if (_orang[pegawai] is { } known)
        {
            return known;
        }

        var p = _hasil.Pegawai;
        var u = p.Unit[pegawai];
        var jabatan = p.Jabatan is { } j && !j[pegawai].IsUnset ? j[pegawai] : (Jabatan?)null;
        var unitNama = _hasil.Unit.Nama[u].Length > 0 ? _hasil.Unit.Nama[u] : _hasil.Unit.Id[u];
        var orang = Pejabat.Asn(p.Nip[pegawai], jabatan, nama: p.Nama[pegawai], namaJabatan: p.NamaJabatan?[pegawai], golongan: p.Golongan?[pegawai], unitKerja: unitNama);
        _orang[pegawai] = orang;
        return orang;
    }

    /// <summary>The employee's evaluator (see the type's remarks), or null when the file does not say and no PPK is named.</summary>
    /// <param name="pegawai">The employee's index.</param>
    /// <returns>The evaluator, or null.</returns>
    public Pejabat? Penilai(int pegawai)
    {
        var p = _hasil.Pegawai;
        var u = p.Unit[pegawai];
        while (u >= 0)
        {
            var kepala = p.AdaKepala ? p.KepalaUnit[u] : -1;
            if (kepala >= 0 && kepala != pegawai)
            {
                return Orang(kepala);
            }

            u = _hasil.Unit.Induk[u];
        }

        return Ppk;
    }

    /// <summary>
    /// The employee's final predicate: the quadrant's (the leader rule for a head, with the organisation predicate of the
    /// unit they head), accepted, or the one the file sets in <c>predikat_ditetapkan</c>, recorded as a change by
    /// <paramref name="ditetapkanOleh"/> on the decision date.
    /// </summary>
    /// <param name="pegawai">The employee's index.</param>
    /// <param name="ditetapkanOleh">The official who set the predicate.</param>
    /// <param name="alasan">The reason recorded for a set predicate that differs from the computed one.</param>
    /// <returns>The final predicate.</returns>
    public PredikatAkhir PredikatAkhir(int pegawai, Pejabat ditetapkanOleh, string alasan)
    {
        var p = _hasil.Pegawai;
        var u = p.Unit[pegawai];
        var isKepala = p.AdaKepala && p.KepalaUnit[u] == pegawai;
        var terhitung = isKepala
            ? _hasil.Kuadran.EvaluateKepalaUnit(_hasil.Unit.PredikatOrganisasi[u], p.RatingPerilakuKerja[pegawai])
            : _hasil.Kuadran.Evaluate(p.RatingHasilKerja[pegawai], p.RatingPerilakuKerja[pegawai]);
        var ditetapkan = p.PredikatDitetapkan is { } d && d[pegawai] != default ? d[pegawai] : terhitung.Predikat;
        var keputusan = ditetapkan == terhitung.Predikat
            ? KeputusanPredikat.Terima(terhitung)
            : KeputusanPredikat.Ubah(terhitung, ditetapkan, ditetapkanOleh, _hasil.Tanggal, alasan);
        return Predicates.PredikatAkhir.Of(p.Nip[pegawai], keputusan);
    }

    /// <summary>Reads the PPK from the command line: a non-ASN official whose kind is read from the position's name.</summary>
    /// <param name="nama">The name, or null.</param>
    /// <param name="jabatan">The position, e.g. <c>Bupati Contoh</c>, or null.</param>
    /// <param name="unitKerja">The PPK's organisation, e.g. <c>Pemerintah Kabupaten Contoh</c>.</param>
    /// <returns>The PPK, or null when no name is given.</returns>
    public static Pejabat? PpkDari(string? nama, string? jabatan, string unitKerja)
    {
        if (string.IsNullOrWhiteSpace(nama))
        {
            return null;
        }

        var namaJabatan = string.IsNullOrWhiteSpace(jabatan) ? "Pejabat Pembina Kepegawaian" : jabatan.Trim();
        var n = namaJabatan.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var jenis = n.StartsWith("BUPATI", StringComparison.Ordinal) ? JabatanNonAsn.Bupati
            : n.StartsWith("WALIKOTA", StringComparison.Ordinal) ? JabatanNonAsn.WaliKota
            : n.StartsWith("GUBERNUR", StringComparison.Ordinal) ? JabatanNonAsn.Gubernur
            : n.StartsWith("MENTERI", StringComparison.Ordinal) ? JabatanNonAsn.Menteri
            : n.StartsWith("KEPALA", StringComparison.Ordinal) ? JabatanNonAsn.KepalaLembaga
            : JabatanNonAsn.Lainnya;
        return Pejabat.NonAsn(jenis, nama.Trim(), namaJabatan, unitKerja);
    }
}
