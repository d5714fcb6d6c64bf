using System.Globalization;
using System.Runtime.InteropServices;

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
    public KolomTeksWajib Nama { get; private set; } = new(new ArenaTeks());

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
    public KolomTeksOpsional? NamaJabatan { get; private set; }

    /// <summary>Per employee: the kind or level of the position (<c>jenis_jabatan</c>), unset where the cell is empty; null when the file has no such column.</summary>
    public Jabatan[]? Jabatan { get; private set; }

    /// <summary>Per employee: the rank (<c>golongan</c>, e.g. III/c); null when the file has no such column.</summary>
    public KolomTeksOpsional? Golongan { get; private set; }

    /// <summary>Per employee: SIASN's identifier of the employee (<c>pns_id</c>); null when the file has no such column.</summary>
    public KolomTeksOpsional? PnsId { get; private set; }

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
        // Sized once from the file's size, so that a national file's columns and NIP index are not copied as they grow.
        var capacity = Math.Max(1024, sumber.PerkiraanBaris);
        var nips = new Nip[capacity];
        var arena = new ArenaTeks();
        var nama = new KolomTeksWajib(arena, capacity);
        var units = new int[capacity];
        var hasil = new Ekspektasi[capacity];
        var perilaku = new Ekspektasi[capacity];
        var ditetapkan = cDitetapkan >= 0 ? new PredikatKinerja[capacity] : null;
        var skor = cSkor >= 0 ? new decimal?[capacity] : null;
        int cJabatan = index["jabatan"], cJenis = index["jenis_jabatan"], cGolongan = index["golongan"], cPnsId = index["pns_id"];
        var namaJabatan = cJabatan >= 0 ? new KolomTeksOpsional(arena, capacity) : null;
        var jabatan = cJenis >= 0 ? new Jabatan[capacity] : null;
        var golongan = cGolongan >= 0 ? new KolomTeksOpsional(arena, capacity) : null;
        var pnsId = cPnsId >= 0 ? new KolomTeksOpsional(arena, capacity) : null;
        var jenisJabatan = new Label<Jabatan>(LabelJabatan.Parse);
        var baris = new int[capacity];
        var kepala = Enumerable.Repeat(-1, unit?.Count ?? 0).ToArray();
        var seen = new Dictionary<Nip, int>(capacity);
        var unitIndex = unit?.Index ?? new Dictionary<string, int>(StringComparer.Ordinal);
        var ekspektasi = Label.ForEkspektasi();
        var predikat = Label.ForPredikat();
        var adaDitetapkan = false;
        var count = 0;
        var kolom = new IndeksKolom(cNip, cNama, cUnit, cKepala, cHasil, cPerilaku, cDitetapkan, cSkor, cJabatan, cJenis, cGolongan, cPnsId);
        var urutan = new List<(int Urutan, string Kunci, string Alasan)>();

        // Each row's own cells are read on every core (ParseBaris); what depends on the rows before it (a NIP seen before, a
        // unit's second head) and the columns themselves are done here, in file order, so the outcome and the order of the
        // problems do not depend on the cores.
        foreach (var (row, r) in sumber.ReadAll(b => ParseBaris(b, kolom, unit, unitIndex, ekspektasi, predikat, jenisJabatan, arena, bahasa)))
        {
            if (r.Kosong)
            {
                data.BarisKosong++;
                continue;
            }

            if (count == capacity)
            {
                capacity = checked(capacity * 2);
                Array.Resize(ref nips, capacity);
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

                if (jabatan is not null)
                {
                    Array.Resize(ref jabatan, capacity);
                }
            }

            var ok = r.Ok;
            urutan.Clear();
            if (r.Masalah is not null)
            {
                urutan.AddRange(r.Masalah);
            }

            if (r.NipOk)
            {
                ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, r.Nip, out var exists);
                if (exists)
                {
                    urutan.Add((0, "nip", bahasa.T(
                        "NIP " + r.Nip + " sudah ada di baris " + first.ToString(CultureInfo.InvariantCulture) + "; setiap pegawai hanya boleh satu baris.",
                        "NIP " + r.Nip + " is already on row " + first.ToString(CultureInfo.InvariantCulture) + "; each employee may have one row only.")));
                    ok = false;
                }
                else
                {
                    first = row;
                }
            }

            if (r.IsKepala && r.Unit >= 0 && unit is not null && kepala[r.Unit] >= 0)
            {
                var u = r.Unit;
                urutan.Add((3, "kepala_unit", bahasa.T(
                    "unit '" + unit.Id[u] + "' sudah punya kepala di baris " + baris[kepala[u]].ToString(CultureInfo.InvariantCulture) + "; satu unit hanya punya satu kepala.",
                    "unit '" + unit.Id[u] + "' already has a head on row " + baris[kepala[u]].ToString(CultureInfo.InvariantCulture) + "; a unit has one head only.")));
                ok = false;
            }

            if (urutan.Count > 0)
            {
                // Column order within a row, as the file is read left to right by the columns' specification.
                foreach (var m in urutan.OrderBy(m => m.Urutan))
                {
                    masalah.Add(berkas, row, judul[m.Kunci], m.Alasan);
                }
            }

            if (ok)
            {
                nips[count] = r.Nip;
                nama.Add(r.Nama.Place, r.Nama.Length);
                units[count] = r.Unit;
                hasil[count] = r.Hasil;
                perilaku[count] = r.Perilaku;
                if (ditetapkan is not null)
                {
                    ditetapkan[count] = r.Ditetapkan;
                    adaDitetapkan |= r.Ditetapkan != default;
                }

                if (skor is not null)
                {
                    skor[count] = r.Skor;
                }

                if (namaJabatan is not null)
                {
                    namaJabatan.Add(r.NamaJabatan.Place, r.NamaJabatan.Length);
                }

                if (golongan is not null)
                {
                    golongan.Add(r.Golongan.Place, r.Golongan.Length);
                }

                if (pnsId is not null)
                {
                    pnsId.Add(r.PnsId.Place, r.PnsId.Length);
                }

                if (jabatan is not null)
                {
                    jabatan[count] = r.Jabatan;
                }

                if (r.IsKepala)
                {
                    kepala[r.Unit] = count;
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
        data.Nama = nama;
        data.Unit = Trim(units, count);
        data.RatingHasilKerja = Trim(hasil, count);
        data.RatingPerilakuKerja = Trim(perilaku, count);
        data.PredikatDitetapkan = ditetapkan is not null && adaDitetapkan ? Trim(ditetapkan, count) : null;
        data.Skor = skor is null ? null : Trim(skor, count);
        data.NamaJabatan = namaJabatan;
        data.Jabatan = jabatan is null ? null : Trim(jabatan, count);
        data.Golongan = golongan;
        data.PnsId = pnsId;
        data.Baris = Trim(baris, count);
        data.KepalaUnit = kepala;
        data.AdaKepala = kepala.Any(k => k >= 0);
        return data;
    }

    /// <summary>The indexes of the columns in the file (-1 for an optional column it does not have).</summary>
    private sealed record IndeksKolom(int Nip, int Nama, int Unit, int Kepala, int Hasil, int Perilaku, int Ditetapkan, int Skor, int Jabatan, int Jenis, int Golongan, int PnsId);

    /// <summary>One row's own cells, read: the values where valid, and every problem of the row that needs no other row.</summary>
    private struct BarisPegawai
    {
        public bool Kosong;
        public bool Ok;
        public bool NipOk;
        public Nip Nip;
        public Teks Nama;
        public int Unit;
        public bool IsKepala;
        public Ekspektasi Hasil;
        public Ekspektasi Perilaku;
        public PredikatKinerja Ditetapkan;
        public decimal? Skor;
        public Teks NamaJabatan;
        public Teks Golongan;
        public Teks PnsId;
        public Jabatan Jabatan;
        public List<(int Urutan, string Kunci, string Alasan)>? Masalah;

        public void Add(int urutan, string kunci, string alasan)
        {
            (Masalah ??= new List<(int, string, string)>(2)).Add((urutan, kunci, alasan));
            Ok = false;
        }
    }

    /// <summary>Reads one row's own cells: on any core, so it writes nothing shared (the label caches are thread-safe).</summary>
    private static BarisPegawai ParseBaris(
        Baris b, IndeksKolom c, DataUnit? unit, Dictionary<string, int> unitIndex, Label<Ekspektasi> ekspektasi, Label<PredikatKinerja> predikat, Label<Jabatan> jenisJabatan, ArenaTeks arena, Bahasa bahasa)
    {
        var r = new BarisPegawai { Ok = true, Unit = -1 };
        if (b.IsKosong())
        {
            r.Kosong = true;
            return r;
        }

        // NIP: the library's parser says what is wrong with it; a workbook number has lost its last digits already.
        var nipText = b.Get(c.Nip);
        if (b.IsAngka(c.Nip))
        {
            r.Add(0, "nip", bahasa.T(
                "NIP tersimpan sebagai angka di Excel, sehingga digit terakhirnya hilang; format kolom sebagai Teks dan isi ulang.",
                "the NIP is stored as a number in Excel, so its last digits are lost; format the column as Text and enter it again."));
        }
        else if (nipText.IsEmpty)
        {
            r.Add(0, "nip", bahasa.T("kosong; setiap pegawai harus punya NIP.", "empty; every employee must have a NIP."));
        }
        else if (AsnKinerja.Nip.TryParse(nipText, out var nip))
        {
            r.Nip = nip;
            r.NipOk = true;
        }
        else
        {
            var text = nipText.ToString();
            r.Add(0, "nip", bahasa.T("NIP " + Label.Quote(text) + " tidak valid: ", "NIP " + Label.Quote(text) + " is not valid: ") + AsnKinerja.Nip.Diagnose(text));
        }

        var namaText = b.Get(c.Nama);
        if (namaText.IsEmpty)
        {
            r.Add(1, "nama", bahasa.T("kosong; isi nama pegawai.", "empty; fill in the employee's name."));
        }
        else
        {
            r.Nama = new Teks(arena.Add(namaText), namaText.Length);
        }

        var unitText = b.Get(c.Unit);
        if (unit is null)
        {
            // The unit file could not be read: its own problems are reported, and no row is usable.
            r.Ok = false;
        }
        else if (!unitIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitText, out var u))
        {
            r.Add(2, "unit", UnknownUnit(unitText.ToString(), unit, bahasa));
        }
        else
        {
            r.Unit = u;
        }

        var kepalaText = b.Get(c.Kepala);
        if (!Label.TryParseYaTidak(kepalaText, out var isKepala))
        {
            r.Add(3, "kepala_unit", bahasa.T(
                Label.Quote(kepalaText.ToString()) + " bukan ya/tidak; isi ya bila pegawai ini kepala unitnya, tidak bila bukan.",
                Label.Quote(kepalaText.ToString()) + " is not ya/tidak (yes/no); fill in ya if this employee heads the unit, tidak if not."));
        }
        else
        {
            r.IsKepala = isKepala;
        }

        if (!ekspektasi.TryParse(b.Get(c.Hasil), out r.Hasil))
        {
            r.Add(4, "rating_hasil_kerja", Label.Unknown(b.Get(c.Hasil).ToString(), Label.Ekspektasi, bahasa));
        }

        if (!ekspektasi.TryParse(b.Get(c.Perilaku), out r.Perilaku))
        {
            r.Add(5, "rating_perilaku_kerja", Label.Unknown(b.Get(c.Perilaku).ToString(), Label.Ekspektasi, bahasa));
        }

        if (c.Ditetapkan >= 0)
        {
            // An empty cell is no decision (the computed predicate stands): that is what the column means, not a default.
            var text = b.Get(c.Ditetapkan);
            if (!text.IsEmpty && !predikat.TryParse(text, out r.Ditetapkan))
            {
                r.Add(6, "predikat_ditetapkan", Label.Unknown(text.ToString(), Label.Predikat, bahasa) + bahasa.T(" Kosongkan bila PPK belum menetapkan.", " Leave it empty when the PPK has not decided."));
            }
        }

        if (c.Skor >= 0)
        {
            var text = b.Get(c.Skor);
            if (!text.IsEmpty)
            {
                if (TryParseSkor(text, out var s))
                {
                    r.Skor = s;
                }
                else
                {
                    r.Add(7, "skor", bahasa.T(
                        Label.Quote(text.ToString()) + " bukan angka (contoh: 87,5 atau 87.5); kosongkan bila tidak ada skor.",
                        Label.Quote(text.ToString()) + " is not a number (for example 87.5 or 87,5); leave it empty when there is no score."));
                }
            }
        }

        if (c.Jabatan >= 0)
        {
            r.NamaJabatan = Teks.Of(b.Get(c.Jabatan), arena);
        }

        if (c.Golongan >= 0)
        {
            r.Golongan = Teks.Of(b.Get(c.Golongan), arena);
        }

        if (c.PnsId >= 0)
        {
            r.PnsId = Teks.Of(b.Get(c.PnsId), arena);
        }

        if (c.Jenis >= 0)
        {
            // default(Jabatan) is the unset position: an empty cell says the file does not know it, and nothing is guessed.
            var text = b.Get(c.Jenis);
            if (!text.IsEmpty && !jenisJabatan.TryParse(text, out r.Jabatan))
            {
                r.Add(8, "jenis_jabatan", Label.Unknown(text.ToString(), LabelJabatan.Known, bahasa));
            }
        }

        return r;
    }

    /// <summary>A cell's text in the arena: its place and length, or length -1 for an empty cell.</summary>
    private readonly record struct Teks(long Place, int Length)
    {
        public static Teks Of(ReadOnlySpan<char> cell, ArenaTeks arena) => cell.IsEmpty ? new Teks(0, -1) : new Teks(arena.Add(cell), cell.Length);
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
