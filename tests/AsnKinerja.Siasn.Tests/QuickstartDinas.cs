using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnKinerja.Predicates;
using AsnKinerja.Quickstart;
using AsnKinerja.Serialization.SystemTextJson;
using NodaTime;

namespace AsnKinerja.Testing.Quickstart;

/// <summary>
/// The quickstart's dinas (the embedded sample of docs/examples/Quickstart) evaluated for its year as the quickstart
/// does it: every employee's computed predicate (the leader rule for unit heads), accepted as final, the PPK of each
/// employee (the head of the unit, or of the parent unit for a head), and each unit's distribution verdict with heads
/// counted in the parent unit. The sample records no ranks, position titles or SIASN identifiers, so the evaluators'
/// SIASN fields and the SIASN identifiers are given here.
/// </summary>
internal sealed class QuickstartDinas
{
    /// <summary>The regent's regional secretary, the PPK of the head of the dinas (named only by NIP in the sample).</summary>
    public static readonly Nip Sekda = Nip.Parse("196805171993031001");

    // Given: the ranks of the officials who evaluate someone in the sample.
    private static readonly Dictionary<string, string> Golongan = new(StringComparer.Ordinal)
    {
        ["196805171993031001"] = "IV/d",
        ["197201011996061002"] = "IV/c",
        ["197504041999092005"] = "IV/b",
        ["198005172004021009"] = "IV/a",
        ["197805022002021003"] = "IV/a",
    };

    private QuickstartDinas(SampleDinas sample)
    {
        Sample = sample;
        Tahun = sample.Tahun;
        Periode = PeriodeKinerja.Tahunan(sample.Tahun);
        TanggalPenetapan = new LocalDate(sample.Tahun + 1, 2, 15);
        Struktur = StrukturOrganisasi.Create(sample.Unit, sample.Penempatan).Value;
        var rules = AsnKinerjaJson.DefaultRegistry;
        Kuadran = rules.Find<IKuadranRules>(TanggalPenetapan, Periode);
        Distribusi = rules.Find<IDistribusiRules>(TanggalPenetapan, Periode);
        var organisasi = sample.PredikatOrganisasi.ToDictionary(u => u.UnitId, u => u.Predikat);
        PredikatOrganisasi = organisasi;
        foreach (var p in sample.Pegawai)
        {
            var unit = Struktur.GetUnitOf(p.Nip)!;
            var isKepala = Struktur.GetKepala(unit.Id) == p.Nip;
            var hasil = isKepala ? Kuadran.EvaluateKepalaUnit(organisasi[unit.Id], p.RatingPerilakuKerja) : Kuadran.Evaluate(p.RatingHasilKerja, p.RatingPerilakuKerja);
            Predikat[p.Nip] = PredikatAkhir.Of(p.Nip, KeputusanPredikat.Terima(hasil));
        }
    }

    public SampleDinas Sample { get; }

    public int Tahun { get; }

    public PeriodeKinerja Periode { get; }

    public LocalDate TanggalPenetapan { get; }

    public StrukturOrganisasi Struktur { get; }

    public IKuadranRules Kuadran { get; }

    public IDistribusiRules Distribusi { get; }

    public IReadOnlyDictionary<string, PredikatKinerjaOrganisasi> PredikatOrganisasi { get; }

    public Dictionary<Nip, PredikatAkhir> Predikat { get; } = new();

    public static QuickstartDinas Load()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), PropertyNamingPolicy = JsonNamingPolicy.CamelCase }.ConfigureForAsnKinerja();
        using var stream = typeof(QuickstartDinas).Assembly.GetManifestResourceStream("sample-dinas.json") ?? throw new InvalidOperationException("The embedded sample is missing.");
        return new QuickstartDinas(JsonSerializer.Deserialize<SampleDinas>(stream, options)!);
    }

    /// <summary>SIASN's identifier of an employee (given: SIASN's own, which the sample does not hold).</summary>
    public static string PnsId(Nip nip) => string.Concat("A8ACA7", nip.ToString().AsSpan(6, 12));

    public string Nama(Nip nip) => Sample.Pegawai.SingleOrDefault(p => p.Nip == nip)?.Nama ?? (nip == Sekda ? "Drs. Bambang Sutrisno, M.Si." : nip.ToString());

    /// <summary>The employee as the documents and SIASN describe a person: name, NIP, rank, position as written and unit.</summary>
    public Pejabat Orang(Nip nip)
    {
        if (nip == Sekda)
        {
            return Pejabat.Asn(nip, Jabatan.Struktural(JenisJabatan.JptPratama), nama: Nama(nip), namaJabatan: "Sekretaris Daerah Kabupaten Contoh", golongan: Golongan[nip.ToString()], unitKerja: "Sekretariat Daerah Kabupaten Contoh");
        }

        var p = Sample.Pegawai.Single(x => x.Nip == nip);
        var unit = Struktur.GetUnitOf(nip)!;
        var isKepala = Struktur.GetKepala(unit.Id) == nip;
        var golongan = p.Golongan?.ToString() is { } g ? g.Insert(g.Length - 1, "/") : (Golongan.TryGetValue(nip.ToString(), out var given) ? given : "III/b");
        var namaJabatan = isKepala ? "Kepala " + unit.Nama : p.Jabatan.Jenjang is { } j ? "Pranata Komputer " + j.ToLabel() : p.Jabatan.Jenis == JenisJabatan.Pengawas ? "Kepala Subbagian " + unit.Nama : "Pelaksana " + unit.Nama;
        return Pejabat.Asn(nip, p.Jabatan, nama: p.Nama, namaJabatan: namaJabatan, golongan: golongan, unitKerja: unit.Nama);
    }

    /// <summary>The PPK: the head of the employee's unit, or of the parent unit for a head; the regional secretary for the head of the dinas.</summary>
    public Nip Ppk(Nip nip)
    {
        var unit = Struktur.GetUnitOf(nip)!;
        if (Struktur.GetKepala(unit.Id) != nip)
        {
            return Struktur.GetKepala(unit.Id)!.Value;
        }

        return Struktur.GetParent(unit.Id) is { } parent ? Struktur.GetKepala(parent.Id)!.Value : Sekda;
    }

    /// <summary>The employees counted in a unit: its staff, and the heads of its sub-units.</summary>
    public IEnumerable<Nip> Dihitung(string unitId)
    {
        foreach (var nip in Struktur.GetPegawai(unitId).Where(n => Struktur.GetKepala(unitId) != n))
        {
            yield return nip;
        }

        foreach (var child in Struktur.GetChildren(unitId))
        {
            if (Struktur.GetKepala(child.Id) is { } kepala)
            {
                yield return kepala;
            }
        }
    }

    public PemeriksaanDistribusiResult Verdict(string unitId) =>
        Distribusi.Check(unitId, PredikatOrganisasi[unitId], JumlahPredikat.From(Dihitung(unitId).Select(n => Predikat[n].Predikat)));
}
