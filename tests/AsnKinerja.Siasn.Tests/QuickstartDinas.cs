using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnKinerja.Predicates;
using AsnKinerja.Quickstart;
using AsnKinerja.Serialization.SystemTextJson;
using NodaTime;

namespace AsnKinerja.Testing.Quickstart;

/// <summary>
/// The quickstart's dinas (the sample data of docs/examples/Quickstart, shared with it) evaluated for its year through the
/// evaluation-period pipeline: its units, placements, organisation predicates and every employee's ratings as the
/// period's input, each with the PPK who evaluates (the head of the unit, or of the parent unit for a head; the regional
/// secretary for the head of the dinas), and <see cref="EvaluasiPeriode"/> run under the rules the registry gives for the
/// decision date. The sample records no ranks, position titles or SIASN identifiers, so the officials' SIASN fields and
/// the SIASN identifiers are given here.
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
        PredikatOrganisasi = sample.PredikatOrganisasi.ToDictionary(u => u.UnitId, u => u.Predikat);
        Input = new EvaluasiPeriodeInput(
            Periode,
            sample.Unit,
            sample.Penempatan,
            PredikatOrganisasi,
            sample.Pegawai.Select(p => new PenilaianPegawai(p.Nip, p.RatingHasilKerja, p.RatingPerilakuKerja, p.SkorPeringkat, new PejabatPenilaiKinerja(Orang(Ppk(p.Nip))))));
        Hasil = EvaluasiPeriode.Evaluate(Input, AsnKinerjaJson.DefaultRegistry, TanggalPenetapan).Value;
        Ditetapkan = Hasil.Tetapkan(Hasil.CreateKeputusan().TerimaSemuaUsulan(TanggalPenetapan).Build());
        Predikat = Hasil.Pegawai.Where(p => p.Akhir is not null).ToDictionary(p => p.Nip, p => p.Akhir!);
        Kuadran = Hasil.Kuadran;
        Distribusi = Hasil.Distribusi;
    }

    public SampleDinas Sample { get; }

    public int Tahun { get; }

    public PeriodeKinerja Periode { get; }

    public LocalDate TanggalPenetapan { get; }

    public StrukturOrganisasi Struktur { get; }

    public IKuadranRules Kuadran { get; }

    public IDistribusiRules Distribusi { get; }

    public IReadOnlyDictionary<string, PredikatKinerjaOrganisasi> PredikatOrganisasi { get; }

    /// <summary>The records of the period, as the pipeline takes them.</summary>
    public EvaluasiPeriodeInput Input { get; }

    /// <summary>The period evaluated (nothing decided yet: every PPK accepts the computed predicate).</summary>
    public EvaluasiPeriodeResult Hasil { get; }

    /// <summary>The period decided as the quickstart's PPKs decide it: every unit's calibration proposal accepted on the decision date.</summary>
    public EvaluasiPeriodeResult Ditetapkan { get; }

    /// <summary>
    /// The period decided exactly as the quickstart decides it (docs/examples/Quickstart, section 2): the head of the dinas
    /// accepts every proposal; the first employee a proposal moves down objects, and the Bupati grants it (the computed
    /// predicate back), so the re-check on the final predicates may fail where that employee is judged.
    /// </summary>
    public EvaluasiPeriodeResult DitetapkanQuickstart()
    {
        var kepalaDinas = Hasil.GetUnit("dinas").Kepala!.Value;
        var ppkDinas = Pejabat.Asn(kepalaDinas, Sample.Pegawai.Single(p => p.Nip == kepalaDinas).Jabatan, nama: Nama(kepalaDinas));
        var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Bupati Contoh", "Bupati Contoh");
        var keputusan = Hasil.CreateKeputusan();
        foreach (var usulan in Hasil.Unit.Select(u => u.Kalibrasi).OfType<UsulanKalibrasi>())
        {
            keputusan.TerimaUsulan(usulan, TanggalPenetapan, oleh: ppkDinas);
        }

        var keberatan = Hasil.Pegawai.First(p => p.Kalibrasi is { } c && c.Menjadi < c.Dari).Nip;
        keputusan.AjukanKeberatan(keberatan, TanggalPenetapan.PlusDays(2), TanggalPenetapan.PlusDays(9), "Bukti dukung capaian triwulan IV belum dipertimbangkan.")
            .PutuskanKeberatan(keberatan, Hasil.Get(keberatan)!.Terhitung!.Predikat, TanggalPenetapan.PlusDays(20), "Bukti dukung sah.", oleh: bupati);
        return Hasil.Tetapkan(keputusan.Build());
    }

    /// <summary>Every evaluated employee's predicate before any decision (the computed one, accepted), from the period.</summary>
    public IReadOnlyDictionary<Nip, PredikatAkhir> Predikat { get; }

    /// <summary>Everyone of the sample (employees and the regional secretary) as the documents and SIASN describe a person.</summary>
    public IEnumerable<Pejabat> SemuaOrang => Sample.Pegawai.Select(p => Orang(p.Nip)).Append(Orang(Sekda));

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

    /// <summary>Another period of the dinas: the sample's records changed by <paramref name="change"/>, run under the same rules (or other distribution rules).</summary>
    public EvaluasiPeriodeResult Evaluate(Func<EvaluasiPeriodeInput, EvaluasiPeriodeInput> change, IDistribusiRules? distribusi = null) =>
        EvaluasiPeriode.Evaluate(change(Input), Kuadran, distribusi ?? Distribusi).Value;

    /// <summary>The employees a unit's verdict judges (its staff, the heads of its sub-units), from the period.</summary>
    public IEnumerable<Nip> Dihitung(string unitId) => Hasil.GetUnit(unitId).PegawaiDinilai;

    /// <summary>A unit's verdict on the final predicates, from the period.</summary>
    public PemeriksaanDistribusiResult Verdict(string unitId) => Hasil.GetUnit(unitId).VerdictAkhir;
}
