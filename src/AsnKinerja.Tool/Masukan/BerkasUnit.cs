using System.Collections.Immutable;

namespace AsnKinerja.Tool.Masukan;

/// <summary>The unit file, read and checked: every unit with its parent and organisation predicate, in the tree's pre-order.</summary>
internal sealed class DataUnit
{
    private DataUnit(ImmutableArray<string> id, ImmutableArray<string> nama, int[] induk, PredikatKinerjaOrganisasi[] predikatOrganisasi, int[] baris, int[] depth, string format)
    {
        Id = id;
        Nama = nama;
        Induk = induk;
        PredikatOrganisasi = predikatOrganisasi;
        Baris = baris;
        Depth = depth;
        Format = format;
        Index = new Dictionary<string, int>(id.Length, StringComparer.Ordinal);
        for (var u = 0; u < id.Length; u++)
        {
            Index[id[u]] = u;
        }
    }

    /// <summary>The columns of the unit file.</summary>
    public static IReadOnlyList<KolomSpec> Kolom { get; } = new KolomSpec[]
    {
        new("unit", true, "id_unit", "kode_unit", "unit_kerja", "unor"),
        new("induk", true, "unit_induk", "id_induk", "kode_induk", "parent"),
        new("predikat_organisasi", true, "predikat_kinerja_organisasi", "predikat_unit"),
        new("nama", false, "nama_unit", "nama_unit_kerja"),
    };

    /// <summary>Per unit: its identifier.</summary>
    public ImmutableArray<string> Id { get; }

    /// <summary>Per unit: its name (the identifier when the file has no names).</summary>
    public ImmutableArray<string> Nama { get; }

    /// <summary>Per unit: the parent's index, -1 for a root.</summary>
    public int[] Induk { get; }

    /// <summary>Per unit: the organisation predicate.</summary>
    public PredikatKinerjaOrganisasi[] PredikatOrganisasi { get; }

    /// <summary>Per unit: the row of the file it came from.</summary>
    public int[] Baris { get; }

    /// <summary>Per unit: its depth in the tree (0 for a root).</summary>
    public int[] Depth { get; }

    /// <summary>The format the file was read as.</summary>
    public string Format { get; }

    /// <summary>The index of each identifier.</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>The number of units.</summary>
    public int Count => Id.Length;

    /// <summary>
    /// Reads the unit file. Every bad row is reported; the tree is checked by the library (<see cref="StrukturOrganisasi.Create"/>:
    /// duplicate identifiers, unknown parents and cycles), its findings placed on the rows they are about.
    /// </summary>
    /// <param name="sumber">The source, before its header.</param>
    /// <param name="pemetaan">The column matcher.</param>
    /// <param name="bahasa">The language of the messages.</param>
    /// <param name="masalah">Receives every problem.</param>
    /// <returns>The units, or null when the file has problems.</returns>
    public static DataUnit? Read(SumberTabel sumber, PemetaanKolom pemetaan, Bahasa bahasa, DaftarMasalah masalah)
    {
        var berkas = sumber.NamaBerkas;
        var before = masalah.Items.Count;
        if (!SkipToHeader(sumber))
        {
            masalah.Add(berkas, 0, null, bahasa.T("berkas kosong: tidak ada baris judul kolom.", "the file is empty: there is no header row."));
            return null;
        }

        var (index, judul) = pemetaan.Match(sumber, bahasa, masalah);
        if (masalah.Items.Count > before)
        {
            return null;
        }

        int cUnit = index["unit"], cInduk = index["induk"], cOrg = index["predikat_organisasi"], cNama = index["nama"];
        var rows = new List<(string Id, string? Induk, PredikatKinerjaOrganisasi Org, string Nama, int Baris)>();
        while (sumber.Read())
        {
            if (sumber.IsBarisKosong())
            {
                continue;
            }

            var baris = sumber.NomorBaris;
            var ok = true;
            var id = sumber.Get(cUnit).ToString();
            if (id.Length == 0)
            {
                masalah.Add(berkas, baris, judul["unit"], bahasa.T("kosong; setiap baris harus menyebut unitnya.", "empty; every row must name its unit."));
                ok = false;
            }

            var induk = sumber.Get(cInduk).ToString();
            var orgText = sumber.Get(cOrg).ToString();
            if (!AsnLabels.TryParsePredikatKinerjaOrganisasi(orgText, out var org))
            {
                masalah.Add(berkas, baris, judul["predikat_organisasi"], Label.Unknown(orgText, Label.Organisasi, bahasa));
                ok = false;
            }

            var nama = cNama >= 0 ? sumber.Get(cNama).ToString() : string.Empty;
            if (ok)
            {
                rows.Add((id, induk.Length == 0 ? null : induk, org, nama.Length == 0 ? id : nama, baris));
            }
        }

        if (rows.Count == 0 && masalah.Items.Count == before)
        {
            masalah.Add(berkas, 0, null, bahasa.T("berkas tidak berisi satu unit pun (hanya baris judul).", "the file holds no unit (only the header row)."));
        }

        if (masalah.Items.Count > before)
        {
            return null;
        }

        // The tree's own rules: the library checks it and says what is wrong; each finding goes to the rows it names.
        var struktur = StrukturOrganisasi.Create(rows.Select(r => new UnitKerja(r.Id, r.Nama, r.Induk)), Array.Empty<PenempatanPegawai>());
        if (!struktur.IsSuccess)
        {
            foreach (var finding in struktur.Findings.Where(f => f.Severity == FindingSeverity.Error))
            {
                var named = finding.Subject;
                var row = rows.FirstOrDefault(r => r.Id == named).Baris;
                masalah.Add(berkas, row, finding.Code == "ORG002" ? judul["induk"] : judul["unit"], finding.Code + " " + finding.GetMessage(bahasa.Language));
            }

            return null;
        }

        var tree = struktur.Value;
        var order = tree.Units.ToList();
        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var position = new Dictionary<string, int>(order.Count, StringComparer.Ordinal);
        for (var u = 0; u < order.Count; u++)
        {
            position[order[u].Id] = u;
        }

        var induk2 = new int[order.Count];
        var org2 = new PredikatKinerjaOrganisasi[order.Count];
        var baris2 = new int[order.Count];
        var depth = new int[order.Count];
        for (var u = 0; u < order.Count; u++)
        {
            var r = byId[order[u].Id];
            induk2[u] = r.Induk is null ? -1 : position[r.Induk];
            org2[u] = r.Org;
            baris2[u] = r.Baris;
            depth[u] = tree.GetDepth(r.Id);
        }

        return new DataUnit(order.Select(o => o.Id).ToImmutableArray(), order.Select(o => o.Nama).ToImmutableArray(), induk2, org2, baris2, depth, sumber.Format);
    }

    /// <summary>Moves to the header: the first row that is not blank.</summary>
    /// <param name="sumber">The source.</param>
    /// <returns>False when the file has no row with content.</returns>
    internal static bool SkipToHeader(SumberTabel sumber)
    {
        while (sumber.Read())
        {
            if (!sumber.IsBarisKosong())
            {
                return true;
            }
        }

        return false;
    }
}
