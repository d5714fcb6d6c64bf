using System.Globalization;

namespace AsnKinerja.Tool.Masukan;

/// <summary>
/// The employee file, read into columns (one array element per employee, no object per row): what the bulk engine of
/// the library takes. Rows keep their file row numbers so that every later message can point at them.
/// </summary>
internal sealed class DataPegawai
{
    /// <summary>The columns of the employee file.</summary>
    public static IReadOnlyList<KolomSpec> Kolom { get; } = new KolomSpec[]
    {
        new("nip", true, "nip_baru", "nip_pegawai", "nip_asn"),
        new("nama", true, "nama_pegawai", "nama_lengkap", "nama_asn"),
        new("unit", true, "id_unit", "kode_unit", "unit_kerja", "unor"),
        new("kepala_unit", true, "kepala", "is_kepala", "kepala_unit_kerja"),
        new("rating_hasil_kerja", true, "hasil_kerja", "rating_hasil", "nilai_hasil_kerja"),
        new("rating_perilaku_kerja", true, "perilaku_kerja", "rating_perilaku", "nilai_perilaku_kerja"),
        new("predikat_ditetapkan", false, "predikat_penetapan", "predikat_kinerja_ditetapkan"),
        new("skor", false, "skor_peringkat", "skor_kalibrasi"),
        new("jabatan", false, "nama_jabatan"),
        new("jenis_jabatan", false, "jenjang_jabatan", "jenjang"),
        new("golongan", false, "pangkat_golongan", "gol_ruang", "golongan_ruang"),
        new("pns_id", false, "id_pns", "pns_id_siasn", "id_siasn"),
    };

    /// <summary>The number of employees.</summary>
    public int Count { get; private set; }

    /// <summary>Per employee: the NIP.</summary>
    public Nip[] Nip { get; private set; } = Array.Empty<Nip>();

    /// <summary>Per employee: the name.</summary>
    public string[] Nama { get; private set; } = Array.Empty<string>();

    /// <summary>Per employee: the unit's index in <see cref="DataUnit"/>.</summary>
    public int[] Unit { get; private set; } = Array.Empty<int>();

    /// <summary>Per employee: the results rating.</summary>
    public Ekspektasi[] RatingHasilKerja { get; private set; } = Array.Empty<Ekspektasi>();

    /// <summary>Per employee: the behaviour rating.</summary>
    public Ekspektasi[] RatingPerilakuKerja { get; private set; } = Array.Empty<Ekspektasi>();

    /// <summary>Per employee: the predicate set by the PPK, or 0 for none; null when the file has no such column or no value in it.</summary>
    public PredikatKinerja[]? PredikatDitetapkan { get; private set; }

    /// <summary>Per employee: the ranking score; null when the file has no such column.</summary>
    public decimal?[]? Skor { get; private set; }

    /// <summary>Per employee: the position's name (<c>jabatan</c>); null when the file has no such column.</summary>
    public string?[]? NamaJabatan { get; private set; }

    /// <summary>Per employee: the kind or level of the position (<c>jenis_jabatan</c>), unset where the cell is empty; null when the file has no such column.</summary>
    public Jabatan[]? Jabatan { get; private set; }

    /// <summary>Per employee: the rank (<c>golongan</c>, e.g. III/c); null when the file has no such column.</summary>
    public string?[]? Golongan { get; private set; }

    /// <summary>Per employee: SIASN's identifier of the employee (<c>pns_id</c>); null when the file has no such column.</summary>
    public string?[]? PnsId { get; private set; }

    /// <summary>Per employee: the file row.</summary>
    public int[] Baris { get; private set; } = Array.Empty<int>();

    /// <summary>Per unit: the employee who heads it, or -1.</summary>
    public int[] KepalaUnit { get; private set; } = Array.Empty<int>();

    /// <summary>Whether any unit records a head.</summary>
    public bool AdaKepala { get; private set; }

    /// <summary>The number of blank rows passed over (they hold no data).</summary>
    public int BarisKosong { get; private set; }

    /// <summary>The format the file was read as.</summary>
    public string Format { get; private set; } = string.Empty;

    /// <summary>
    /// Reads the employee file against the units. Every bad cell of every row is reported (an unknown label, an invalid NIP,
    /// a NIP seen before, a unit the unit file does not have, a second head of a unit); nothing is skipped or defaulted.
    /// </summary>
    /// <param name="sumber">The source, before its header.</param>
    /// <param name="pemetaan">The column matcher.</param>
    /// <param name="unit">The units; null when the unit file could not be read (the rows are still checked, all but their unit).</param>
    /// <param name="bahasa">The language of the messages.</param>
    /// <param name="masalah">Receives every problem.</param>
    /// <param name="kemajuan">Called now and then with how far the reading has come (0 to 1); null for none.</param>
    /// <returns>The employees, or null when the file has problems.</returns>
    public static DataPegawai? Read(SumberTabel sumber, PemetaanKolom pemetaan, DataUnit? unit, Bahasa bahasa, DaftarMasalah masalah, Action<double>? kemajuan = null)
    {
        var berkas = sumber.NamaBerkas;
        var before = masalah.Items.Count;
        if (!DataUnit.SkipToHeader(sumber))
        {
            masalah.Add(berkas, 0, null, bahasa.T("berkas kosong: tidak ada baris judul kolom.", "the file is empty: there is no header row."));
            return null;
        }

        var (index, judul) = pemetaan.Match(sumber, bahasa, masalah);
        if (masalah.Items.Count > before)
        {
            return null;
        }

        int cNip = index["nip"], cNama = index["nama"], cUnit = index["unit"], cKepala = index["kepala_unit"];
        int cHasil = index["rating_hasil_kerja"], cPerilaku = index["rating_perilaku_kerja"], cDitetapkan = index["predikat_ditetapkan"], cSkor = index["skor"];
        var data = new DataPegawai { Format = sumber.Format };
        var capacity = 1024;
        var nips = new Nip[capacity];
        var nama = new string[capacity];
        var units = new int[capacity];
        var hasil = new Ekspektasi[capacity];
        var perilaku = new Ekspektasi[capacity];
        var ditetapkan = cDitetapkan >= 0 ? new PredikatKinerja[capacity] : null;
        var skor = cSkor >= 0 ? new decimal?[capacity] : null;
        int cJabatan = index["jabatan"], cJenis = index["jenis_jabatan"], cGolongan = index["golongan"], cPnsId = index["pns_id"];
        var namaJabatan = cJabatan >= 0 ? new string?[capacity] : null;
        var jabatan = cJenis >= 0 ? new Jabatan[capacity] : null;
        var golongan = cGolongan >= 0 ? new string?[capacity] : null;
        var pnsId = cPnsId >= 0 ? new string?[capacity] : null;
        var jenisJabatan = new Label<Jabatan>(LabelJabatan.Parse);
        var baris = new int[capacity];
        var kepala = Enumerable.Repeat(-1, unit?.Count ?? 0).ToArray();
        var seen = new Dictionary<Nip, int>();
        var unitLookup = (unit?.Index ?? new Dictionary<string, int>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        var ekspektasi = Label.ForEkspektasi();
        var predikat = Label.ForPredikat();
        var adaDitetapkan = false;
        var count = 0;
        while (sumber.Read())
        {
            if (sumber.IsBarisKosong())
            {
                data.BarisKosong++;
                continue;
            }

            if (count == capacity)
            {
                capacity = checked(capacity * 2);
                Array.Resize(ref nips, capacity);
                Array.Resize(ref nama, capacity);
                Array.Resize(ref units, capacity);
                Array.Resize(ref hasil, capacity);
                Array.Resize(ref perilaku, capacity);
                Array.Resize(ref baris, capacity);
                if (ditetapkan is not null)
                {
                    Array.Resize(ref ditetapkan, capacity);
                }

                if (skor is not null)
                {
                    Array.Resize(ref skor, capacity);
                }

                Resize(ref namaJabatan, capacity);
                Resize(ref golongan, capacity);
                Resize(ref pnsId, capacity);
                if (jabatan is not null)
                {
                    Array.Resize(ref jabatan, capacity);
                }
            }

            var row = sumber.NomorBaris;
            var ok = true;

            // NIP: the library's parser says what is wrong with it; a workbook number has lost its last digits already.
            var nipText = sumber.Get(cNip);
            if (sumber.IsAngka(cNip))
            {
                masalah.Add(berkas, row, judul["nip"], bahasa.T(
                    "NIP tersimpan sebagai angka di Excel, sehingga digit terakhirnya hilang; format kolom sebagai Teks dan isi ulang.",
                    "the NIP is stored as a number in Excel, so its last digits are lost; format the column as Text and enter it again."));
                ok = false;
            }
            else if (nipText.IsEmpty)
            {
                masalah.Add(berkas, row, judul["nip"], bahasa.T("kosong; setiap pegawai harus punya NIP.", "empty; every employee must have a NIP."));
                ok = false;
            }
            else
            {
                var text = nipText.ToString();
                if (!AsnKinerja.Nip.TryParse(text, out var nip))
                {
                    masalah.Add(berkas, row, judul["nip"], bahasa.T("NIP " + Label.Quote(text) + " tidak valid: ", "NIP " + Label.Quote(text) + " is not valid: ") + AsnKinerja.Nip.Diagnose(text));
                    ok = false;
                }
                else if (seen.TryGetValue(nip, out var first))
                {
                    masalah.Add(berkas, row, judul["nip"], bahasa.T(
                        "NIP " + nip + " sudah ada di baris " + first.ToString(CultureInfo.InvariantCulture) + "; setiap pegawai hanya boleh satu baris.",
                        "NIP " + nip + " is already on row " + first.ToString(CultureInfo.InvariantCulture) + "; each employee may have one row only."));
                    ok = false;
                }
                else
                {
                    seen.Add(nip, row);
                    nips[count] = nip;
                }
            }

            var namaText = sumber.Get(cNama);
            if (namaText.IsEmpty)
            {
                masalah.Add(berkas, row, judul["nama"], bahasa.T("kosong; isi nama pegawai.", "empty; fill in the employee's name."));
                ok = false;
            }
            else
            {
                nama[count] = namaText.ToString();
            }

            var unitText = sumber.Get(cUnit);
            var u = -1;
            if (unit is null)
            {
                ok = false;
            }
            else if (!unitLookup.TryGetValue(unitText, out u))
            {
                masalah.Add(berkas, row, judul["unit"], UnknownUnit(unitText.ToString(), unit, bahasa));
                ok = false;
                u = -1;
            }
            else
            {
                units[count] = u;
            }

            if (!Label.TryParseYaTidak(sumber.Get(cKepala), out var isKepala))
            {
                masalah.Add(berkas, row, judul["kepala_unit"], bahasa.T(
                    Label.Quote(sumber.Get(cKepala).ToString()) + " bukan ya/tidak; isi ya bila pegawai ini kepala unitnya, tidak bila bukan.",
                    Label.Quote(sumber.Get(cKepala).ToString()) + " is not ya/tidak (yes/no); fill in ya if this employee heads the unit, tidak if not."));
                ok = false;
            }
            else if (isKepala && u >= 0 && unit is not null)
            {
                if (kepala[u] >= 0)
                {
                    masalah.Add(berkas, row, judul["kepala_unit"], bahasa.T(
                        "unit '" + unit.Id[u] + "' sudah punya kepala di baris " + baris[kepala[u]].ToString(CultureInfo.InvariantCulture) + "; satu unit hanya punya satu kepala.",
                        "unit '" + unit.Id[u] + "' already has a head on row " + baris[kepala[u]].ToString(CultureInfo.InvariantCulture) + "; a unit has one head only."));
                    ok = false;
                }
            }

            if (!ekspektasi.TryParse(sumber.Get(cHasil), out hasil[count]))
            {
                masalah.Add(berkas, row, judul["rating_hasil_kerja"], Label.Unknown(sumber.Get(cHasil).ToString(), Label.Ekspektasi, bahasa));
                ok = false;
            }

            if (!ekspektasi.TryParse(sumber.Get(cPerilaku), out perilaku[count]))
            {
                masalah.Add(berkas, row, judul["rating_perilaku_kerja"], Label.Unknown(sumber.Get(cPerilaku).ToString(), Label.Ekspektasi, bahasa));
                ok = false;
            }

            if (ditetapkan is not null)
            {
                // An empty cell is no decision (the computed predicate stands): that is what the column means, not a default.
                var text = sumber.Get(cDitetapkan);
                if (text.IsEmpty)
                {
                    ditetapkan[count] = default;
                }
                else if (predikat.TryParse(text, out ditetapkan[count]))
                {
                    adaDitetapkan = true;
                }
                else
                {
                    masalah.Add(berkas, row, judul["predikat_ditetapkan"], Label.Unknown(text.ToString(), Label.Predikat, bahasa) + bahasa.T(" Kosongkan bila PPK belum menetapkan.", " Leave it empty when the PPK has not decided."));
                    ok = false;
                }
            }

            if (skor is not null)
            {
                var text = sumber.Get(cSkor);
                if (text.IsEmpty)
                {
                    skor[count] = null;
                }
                else if (TryParseSkor(text, out var s))
                {
                    skor[count] = s;
                }
                else
                {
                    masalah.Add(berkas, row, judul["skor"], bahasa.T(
                        Label.Quote(text.ToString()) + " bukan angka (contoh: 87,5 atau 87.5); kosongkan bila tidak ada skor.",
                        Label.Quote(text.ToString()) + " is not a number (for example 87.5 or 87,5); leave it empty when there is no score."));
                    ok = false;
                }
            }

            if (namaJabatan is not null)
            {
                namaJabatan[count] = Text(sumber.Get(cJabatan));
            }

            if (golongan is not null)
            {
                golongan[count] = Text(sumber.Get(cGolongan));
            }

            if (pnsId is not null)
            {
                pnsId[count] = Text(sumber.Get(cPnsId));
            }

            if (jabatan is not null)
            {
                // default(Jabatan) is the unset position: an empty cell says the file does not know it, and nothing is guessed.
                var text = sumber.Get(cJenis);
                if (text.IsEmpty)
                {
                    jabatan[count] = default;
                }
                else if (!jenisJabatan.TryParse(text, out jabatan[count]))
                {
                    masalah.Add(berkas, row, judul["jenis_jabatan"], Label.Unknown(text.ToString(), LabelJabatan.Known, bahasa));
                    ok = false;
                }
            }

            if (ok)
            {
                if (isKepala)
                {
                    kepala[u] = count;
                }

                baris[count] = row;
                count++;
            }

            if ((row & 0xFFFF) == 0)
            {
                kemajuan?.Invoke(sumber.Kemajuan);
            }
        }

        kemajuan?.Invoke(1.0);
        if (count == 0 && masalah.Items.Count == before)
        {
            masalah.Add(berkas, 0, null, bahasa.T("berkas tidak berisi satu pegawai pun (hanya baris judul).", "the file holds no employee (only the header row)."));
        }

        if (masalah.Items.Count > before)
        {
            return null;
        }

        data.Count = count;
        data.Nip = Trim(nips, count);
        data.Nama = Trim(nama, count);
        data.Unit = Trim(units, count);
        data.RatingHasilKerja = Trim(hasil, count);
        data.RatingPerilakuKerja = Trim(perilaku, count);
        data.PredikatDitetapkan = ditetapkan is not null && adaDitetapkan ? Trim(ditetapkan, count) : null;
        data.Skor = skor is null ? null : Trim(skor, count);
        data.NamaJabatan = namaJabatan is null ? null : Trim(namaJabatan, count);
        data.Jabatan = jabatan is null ? null : Trim(jabatan, count);
        data.Golongan = golongan is null ? null : Trim(golongan, count);
        data.PnsId = pnsId is null ? null : Trim(pnsId, count);
        data.Baris = Trim(baris, count);
        data.KepalaUnit = kepala;
        data.AdaKepala = kepala.Any(k => k >= 0);
        return data;
    }

    private static string? Text(ReadOnlySpan<char> cell) => cell.IsEmpty ? null : cell.ToString();

    private static void Resize(ref string?[]? array, int capacity)
    {
        if (array is not null)
        {
            Array.Resize(ref array, capacity);
        }
    }

    private static T[] Trim<T>(T[] array, int count)
    {
        if (array.Length != count)
        {
            Array.Resize(ref array, count);
        }

        return array;
    }

    /// <summary>A score with a decimal point or a decimal comma (<c>87.5</c>, <c>87,5</c>); a number with both is ambiguous and refused.</summary>
    private static bool TryParseSkor(ReadOnlySpan<char> text, out decimal value)
    {
        var comma = text.IndexOf(',');
        if (comma >= 0 && text.IndexOf('.') >= 0)
        {
            value = 0;
            return false;
        }

        if (comma < 0)
        {
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        Span<char> copy = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > 64)
        {
            value = 0;
            return false;
        }

        text.CopyTo(copy);
        copy[comma] = '.';
        return decimal.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string UnknownUnit(string text, DataUnit unit, Bahasa bahasa)
    {
        if (text.Length == 0)
        {
            return bahasa.T("kosong; isi kode unit dari berkas unit.", "empty; fill in the unit's code from the unit file.");
        }

        var near = unit.Id.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
        var hint = near is null ? string.Empty : bahasa.T(" Maksud Anda '" + near + "'? (kode unit dibedakan huruf besar/kecilnya)", " Did you mean '" + near + "'? (unit codes are case-sensitive)");
        return bahasa.T("unit " + Label.Quote(text) + " tidak ada di berkas unit.", "unit " + Label.Quote(text) + " is not in the unit file.") + hint;
    }
}
