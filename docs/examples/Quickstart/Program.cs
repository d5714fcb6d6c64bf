using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnKinerja;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Quickstart;
using AsnKinerja.Serialization.SystemTextJson;
using NodaTime;

// The quickstart walks one performance year of a small dinas (embedded sample data, read through the JSON wire
// format) through the evaluation period: every employee's predicate (the quadrant, the leader rule for heads), who is
// counted where, each unit's distribution verdict, calibration proposals, the PPK's decisions and an objection, the
// re-check on the final predicates; then SKP validation, the cascade, the behaviour rubric, the nine-box map and angka
// kredit on the same year. Output is in Bahasa Indonesia; pass --lang en for English.
var english = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "en";
var culture = CultureInfo.GetCultureInfo(english ? "en-US" : "id-ID");
string T(string id, string en) => Localization.Choose(culture, id, en);

var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), PropertyNamingPolicy = JsonNamingPolicy.CamelCase }
    .ConfigureForAsnKinerja();
using var stream = typeof(SampleDinas).Assembly.GetManifestResourceStream("sample-dinas.json")
    ?? throw new InvalidOperationException("The embedded sample data is missing.");
var dinas = JsonSerializer.Deserialize<SampleDinas>(stream, options) ?? throw new InvalidOperationException("The sample data is empty.");
var pegawai = dinas.Pegawai.ToDictionary(p => p.Nip);
string Nama(Nip nip) => pegawai.TryGetValue(nip, out var p) ? p.Nama : nip.ToString();

Heading($"AsnKinerja — {dinas.Nama}, {T("tahun kinerja", "performance year")} {dinas.Tahun}");
var akhirTahun = new LocalDate(dinas.Tahun, 12, 31);
var tahunKinerja = PeriodeKinerja.Tahunan(dinas.Tahun);
var tanggalPenetapan = new LocalDate(dinas.Tahun + 1, 2, 15);
var ruleSets = new[] { RuleSet.PermenPanRb6Tahun2022, RuleSet.SeMenPanRb3Tahun2023, RuleSet.PermenPanRb1Tahun2023, RuleSet.SeMenPanRb20Tahun2021, RuleSet.PermenPanRb3Tahun2020, RuleSet.PermenPanRb20Tahun2025 };
foreach (var ruleSet in ruleSets.Where(r => r.AppliesTo(tanggalPenetapan, tahunKinerja)))
{
    Console.WriteLine($"  {ruleSet.ShortName,-22} {ruleSet.Id}");
}

// The rules objects in force for a decision on that date about that year, from the registry of every built-in rule set.
var aturan = AsnKinerjaJson.DefaultRegistry;
var kuadran = aturan.Find<IKuadranRules>(tanggalPenetapan, tahunKinerja);
var distribusi = aturan.Find<IDistribusiRules>(tanggalPenetapan, tahunKinerja);
var angkaKredit = aturan.Find<IAngkaKreditRules>(tanggalPenetapan, tahunKinerja);

// 1. The period: the organisation tree with its placements, each unit's organisation predicate and the PPK's two
// ratings go in; every predicate with its explanation, who is counted where, each unit's verdict (the bulk engine
// underneath) and a calibration proposal for each failing unit come out.
Heading(T("1. Evaluasi periode: predikat, putusan distribusi per unit, usulan kalibrasi", "1. The evaluation period: predicates, each unit's verdict, calibration proposals"));
var input = new EvaluasiPeriodeInput(
    tahunKinerja, dinas.Unit, dinas.Penempatan, dinas.PredikatOrganisasi.ToDictionary(u => u.UnitId, u => u.Predikat),
    dinas.Pegawai.Select(p => new PenilaianPegawai(p.Nip, p.RatingHasilKerja, p.RatingPerilakuKerja, p.SkorPeringkat)));
var hasil = EvaluasiPeriode.Evaluate(input, aturan, tanggalPenetapan).Value;
PrintFindings(hasil.Findings);
foreach (var unit in hasil.Unit)
{
    var pad = new string(' ', 2 * unit.Depth);
    Console.WriteLine($"  {pad}{unit.Unit.Nama} ({unit.UnitId}, {unit.PredikatOrganisasi.ToLabel()}): {unit.Status.ToLabel()} — {unit.Verdict.Jumlah}, "
        + $"{T("dihitung", "counted")} {unit.PegawaiDihitung.Length}");
    foreach (var b in unit.Verdict.Batasan.Where(b => !b.Terpenuhi))
    {
        Console.WriteLine($"  {pad}    ✗ {b.Explanation.GetDescription(culture)}");
    }

    foreach (var p in unit.Pegawai.Select(hasil.Get))
    {
        var kalibrasi = p!.Kalibrasi is { } c ? $"  {T("usulan", "proposal")} → {c.Menjadi.ToLabel()}" : string.Empty;
        Console.WriteLine($"  {pad}    {Nama(p.Nip),-32} {p.Predikat?.ToLabel(),-16} {T("dihitung di", "counted in")} {p.UnitDihitungId,-12} {p.Terhitung!.Explanation.Rule}{kalibrasi}");
    }
}

Console.WriteLine();
Console.WriteLine("  " + T("Contoh penjelasan (kepala bidang):", "Example explanation (a head of division):"));
Console.WriteLine("  " + hasil.Get(hasil.GetUnit("aptika").Kepala!.Value)!.Terhitung!.Explanation.ToString(culture));
Console.WriteLine("  " + T("Kebijakan:", "Policies:") + " " + string.Join(", ", hasil.Policies));
Console.WriteLine("  " + hasil.Statistik.Describe(culture));

// 2. The decisions: the head of the dinas accepts every proposal; one employee objects and the Bupati grants it (the
// sample records no PPK superiors, so the check says it cannot verify the decider: PRD006). Every unit is checked
// again on the final predicates.
Heading(T("2. Keputusan PPK, keberatan, pemeriksaan ulang", "2. The PPK's decisions, an objection, the re-check"));
var nipKepalaDinas = hasil.GetUnit("dinas").Kepala!.Value;
var ppkDinas = Pejabat.Asn(nipKepalaDinas, pegawai[nipKepalaDinas].Jabatan, nama: Nama(nipKepalaDinas));
var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Bupati Contoh", "Bupati Contoh");
var keputusanPeriode = hasil.CreateKeputusan();
foreach (var usulan in hasil.Unit.Select(u => u.Kalibrasi).OfType<UsulanKalibrasi>())
{
    keputusanPeriode.TerimaUsulan(usulan, tanggalPenetapan, oleh: ppkDinas);
}

var keberatan = hasil.Pegawai.First(p => p.Kalibrasi is { } c && c.Menjadi < c.Dari).Nip;
keputusanPeriode.AjukanKeberatan(keberatan, tanggalPenetapan.PlusDays(2), tanggalPenetapan.PlusDays(9), "Bukti dukung capaian triwulan IV belum dipertimbangkan.")
    .PutuskanKeberatan(keberatan, hasil.Get(keberatan)!.Terhitung!.Predikat, tanggalPenetapan.PlusDays(20), "Bukti dukung sah.", oleh: bupati);
var akhir = hasil.Tetapkan(keputusanPeriode.Build());
foreach (var p in akhir.Pegawai.Where(p => p.Akhir?.Sumber != SumberPredikatAkhir.Terhitung))
{
    Console.WriteLine($"  {Nama(p.Nip),-32} {p.Terhitung!.Predikat.ToLabel(),-16} → {p.Predikat?.ToLabel(),-16} {p.Akhir!.Explain().GetDescription(culture)}");
}

Console.WriteLine();
foreach (var unit in akhir.Unit)
{
    Console.WriteLine($"  {unit.UnitId,-12} {unit.Status.ToLabel()} → {unit.StatusAkhir.ToLabel()} ({unit.VerdictAkhir.Jumlah})");
}

PrintFindings(akhir.Findings);
Console.WriteLine("  " + akhir.StatistikAkhir.Describe(culture));

// 3. SKP validation.
Heading(T("3. Validasi SKP (PermenPANRB 6/2022)", "3. SKP validation (PermenPANRB 6/2022)"));
foreach (var skp in dinas.Skp)
{
    var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
    Console.WriteLine($"  {skp.Id,-18} {Nama(skp.Pegawai),-30} {(result.IsValid ? T("sah", "valid") : T("tidak sah", "not valid"))}, {result.Findings.Length} {T("temuan", "findings")}");
    PrintFindings(result.Findings, indent: "      ");
}

// 4. The cascade, its gaps and the Matriks Peran Hasil of the head of the dinas.
Heading(T("4. Cascading dan Matriks Peran Hasil", "4. Cascading and the Matriks Peran Hasil"));
var tree = hasil.Struktur;
var graph = CascadingGraph.Create(dinas.Skp, struktur: tree);
PrintFindings(CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings);
var kepalaDinas = tree.GetKepala("dinas")!.Value;
Console.WriteLine();
Console.WriteLine(Indent(graph.GetMatriksPeranHasil(kepalaDinas).ToText(culture)));
var lineage = graph.GetLineage("S1");
Console.WriteLine($"  {T("Silsilah", "Lineage")} S1: {string.Join(" → ", lineage.Chain.Select(n => n.Id + " (" + Nama(n.Pegawai) + ")"))} → {string.Join(", ", lineage.SumberKinerjaOrganisasi)}");

// 5. One employee's behaviour assessment (BerAKHLAK).
Heading(T("5. Penilaian perilaku kerja BerAKHLAK (satu pegawai)", "5. BerAKHLAK behaviour assessment (one employee)"));
var skpS1 = dinas.Skp.Single(s => s.Id == "SKP-2024-S1");
var catatan = new CatatanPerilakuKerja(skpS1, dinas.UmpanBalik);
Console.WriteLine($"  {Nama(skpS1.Pegawai)} — {T("umpan balik", "feedback entries")}: {dinas.UmpanBalik.Count}");
// The behaviour rules in force for this evaluation, found by the decision date and the performance period.
var perilakuRules = RuleSetRegistry.Create(PerilakuKerjaRules.All).Find<IPerilakuKerjaRules>(tanggalPenetapan, tahunKinerja);
PrintFindings(perilakuRules.Validate(catatan, akhirTahun).Findings, indent: "      ");
var penilaian = PenilaianNilaiBerakhlak.FromUmpanBalik(dinas.UmpanBalik);
foreach (var nilai in perilakuRules.Katalog.Nilai)
{
    Console.WriteLine($"      {nilai.Kode} {nilai.Nama.Get(culture),-24} {penilaian.Get(nilai.Nilai)?.ToLabel() ?? "-"}");
}

var saran = perilakuRules.Suggest(penilaian);
Console.WriteLine($"  {T("Saran rating perilaku kerja", "Suggested behaviour rating")}: {saran.Saran?.ToLabel()} — {saran.Explanation.GetDescription(culture)}");
// The PPK decides, and may differ from the suggestion: the decision keeps both, with who, when and why.
var keputusan = new PenilaianPerilakuKerja(
    pegawai[skpS1.Pegawai].RatingPerilakuKerja, skpS1.PejabatPenilai.Nip!.Value, akhirTahun, saran,
    "Kolaborasi lintas bidang menonjol sepanjang tahun (umpan balik UB-7 dan UB-8).");
Console.WriteLine($"  {T("Rating yang ditetapkan PPK", "Rating set by the PPK")}: {keputusan.Rating.ToLabel()}");
Console.WriteLine("  " + perilakuRules.Explain(keputusan).ToString(culture));

// 6. The nine-box talent map, in the ASN numbering.
// The talent-map rules are found by the decision date and the talent year: a 2024 map decided in February 2025 is
// read under PermenPANRB 3/2020; a 2026 map decided in 2027 would be read under its amendment PermenPANRB 20/2025.
var talentaRules = RuleSetRegistry.Create(PetaTalentaRules.All).Find<IPetaTalentaRules>(tanggalPenetapan, tahunKinerja);
Heading(T("6. Peta talenta", "6. Talent map") + " (" + talentaRules.RuleSet.ShortName + ")");
// Both years' predicates are the ones set after the distribution (this year's: the final ones of section 2).
var talenta = talentaRules.EvaluateUnit(dinas.Pegawai.Select(p => new DataTalentaPegawai(p.Nip, new[] { KinerjaTahunan.Ditetapkan(dinas.Tahun - 1, p.PredikatTahunLalu), KinerjaTahunan.Ditetapkan(dinas.Tahun, akhir.Get(p.Nip)!.Predikat!.Value) }, NilaiPotensial.FromSkor(p.SkorPotensial))), dinas.Tahun);
var rows = new[] { (Ekspektasi.DiAtas, T("di atas ", "above   ")), (Ekspektasi.Sesuai, T("sesuai  ", "as exp. ")), (Ekspektasi.DiBawah, T("di bawah", "below   ")) };
Console.WriteLine($"  {T("kinerja \\ potensial", "performance \\ potential"),-24} {T("rendah", "low"),-10} {T("menengah", "medium"),-10} {T("tinggi", "high"),-10}");
foreach (var (kinerja, label) in rows)
{
    var cells = new[] { TingkatPotensial.Rendah, TingkatPotensial.Menengah, TingkatPotensial.Tinggi }
        .Select(pot => KotakTalenta.Of(kinerja, pot))
        .Select(box => $"[{box.Nomor}] {(talenta.JumlahPerKotak.TryGetValue(box, out var n) ? n : 0),3}  ");
    Console.WriteLine($"  {label,-24} {string.Join(string.Empty, cells)}");
}

Console.WriteLine($"  {T("Kelompok rencana suksesi (kotak 7–9)", "Succession pool (boxes 7–9)")}: {string.Join(", ", talenta.KelompokRencanaSuksesi.Select(p => Nama(p.Nip) + " [" + p.Kotak.Nomor + "]"))}");
foreach (var group in talenta.Findings.GroupBy(f => f.Code))
{
    Console.WriteLine($"      {group.Key} [{group.First().Severity}] ×{group.Count()}: {group.First().GetMessage(culture)}");
}
var box9 = KotakTalenta.FromNomor(9);
Console.WriteLine($"  {T("Tindak lanjut kotak 9", "Follow-up for box 9")}: {string.Join("; ", box9.Rekomendasi.Select(r => r.Kode))}");

// 7. Angka kredit of the functional officials.
Heading(T("7. Angka kredit pejabat fungsional (PermenPANRB 1/2023)", "7. Angka kredit of functional officials (PermenPANRB 1/2023)"));
foreach (var p in dinas.Pegawai.Where(p => p.Jabatan.Jenjang is not null && p.Golongan is not null))
{
    var jenjang = p.Jabatan.Jenjang!.Value;
    var predikatAkhir = akhir.Get(p.Nip)!.Predikat!.Value;
    var ak = angkaKredit.Calculate(tahunKinerja, predikatAkhir, jenjang);
    var jarak = angkaKredit.CalculateJarak(p.AngkaKreditAwal + ak.Nilai, p.Golongan!.Value, jenjang);
    Console.WriteLine($"  {p.Nama,-24} {jenjang.ToLabel(),-13} {predikatAkhir.ToLabel(),-16} AK {ak.Format(3),8}  "
        + $"{T("total", "total")} {angkaKredit.Format(jarak.Akumulasi, 3),8}  {T("kurang", "still needed")} {(jarak.Kekurangan is { } kurang ? angkaKredit.Format(kurang, 3) : "-"),8} ({jarak.Kenaikan?.Dari.ToLabel()} → {jarak.Kenaikan?.Ke.ToLabel()})");
}

Console.WriteLine();
Console.WriteLine(T("Selesai. Setiap keputusan di atas dapat dijelaskan: aturan, sel tabel, kebijakan dan sumbernya.", "Done. Every decision above explains itself: rule, table cell, policies and source."));

void Heading(string text)
{
    Console.WriteLine();
    Console.WriteLine(text);
    Console.WriteLine(new string('=', Math.Min(text.Length, 100)));
}

void PrintFindings(IEnumerable<Finding> findings, string indent = "  ")
{
    foreach (var f in findings)
    {
        Console.WriteLine($"{indent}{f.Code} [{f.Severity}] {f.GetMessage(culture)}");
    }
}

static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
