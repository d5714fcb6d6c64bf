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
// format): SKP validation, the cascade and its gaps, the quadrant and the leader rule, each unit's distribution verdict,
// calibration, the behaviour rubric, the nine-box map and angka kredit. Output is in Bahasa Indonesia;
// pass --lang en for English.
var english = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "en";
var culture = CultureInfo.GetCultureInfo(english ? "en-US" : "id-ID");
string T(string id, string en) => Localization.Choose(culture, id, en);

var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), PropertyNamingPolicy = JsonNamingPolicy.CamelCase }
    .ConfigureForAsnKinerja();
using var stream = typeof(SampleDinas).Assembly.GetManifestResourceStream("sample-dinas.json")
    ?? throw new InvalidOperationException("The embedded sample data is missing.");
var dinas = JsonSerializer.Deserialize<SampleDinas>(stream, options) ?? throw new InvalidOperationException("The sample data is empty.");
var pegawai = dinas.Pegawai.ToDictionary(p => p.Nip);
var unitOf = dinas.Penempatan.ToDictionary(p => p.Nip, p => p.UnitId);
var predikatOrganisasi = dinas.PredikatOrganisasi.ToDictionary(u => u.UnitId, u => u.Predikat);
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

// 1. The organisation tree.
Heading(T("1. Struktur organisasi", "1. Organisation tree"));
var struktur = StrukturOrganisasi.Create(dinas.Unit, dinas.Penempatan);
PrintFindings(struktur.Findings);
var tree = struktur.Value;
foreach (var unit in tree.Units)
{
    var kepala = tree.GetKepala(unit.Id);
    Console.WriteLine($"  {new string(' ', 2 * tree.GetDepth(unit.Id))}{unit.Nama} ({unit.Id}) — {T("predikat organisasi", "organisation predicate")} {predikatOrganisasi[unit.Id].ToLabel()}, "
        + $"{tree.GetPegawai(unit.Id).Length} {T("pegawai", "employees")}, {T("kepala", "head")}: {(kepala is { } k ? Nama(k) : "-")}");
}

// 2. SKP validation.
Heading(T("2. Validasi SKP (PermenPANRB 6/2022)", "2. SKP validation (PermenPANRB 6/2022)"));
foreach (var skp in dinas.Skp)
{
    var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
    Console.WriteLine($"  {skp.Id,-18} {Nama(skp.Pegawai),-30} {(result.IsValid ? T("sah", "valid") : T("tidak sah", "not valid"))}, {result.Findings.Length} {T("temuan", "findings")}");
    PrintFindings(result.Findings, indent: "      ");
}

// 3. The cascade, its gaps and the Matriks Peran Hasil of the head of the dinas.
Heading(T("3. Cascading dan Matriks Peran Hasil", "3. Cascading and the Matriks Peran Hasil"));
var graph = CascadingGraph.Create(dinas.Skp, struktur: tree);
PrintFindings(CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings);
var kepalaDinas = tree.GetKepala("dinas")!.Value;
Console.WriteLine();
Console.WriteLine(Indent(graph.GetMatriksPeranHasil(kepalaDinas).ToText(culture)));
var lineage = graph.GetLineage("S1");
Console.WriteLine($"  {T("Silsilah", "Lineage")} S1: {string.Join(" → ", lineage.Chain.Select(n => n.Id + " (" + Nama(n.Pegawai) + ")"))} → {string.Join(", ", lineage.SumberKinerjaOrganisasi)}");

// 4. Every employee's predicate: the quadrant, and the leader rule for unit heads.
Heading(T("4. Predikat kinerja pegawai: kuadran dan aturan kepala unit", "4. Employee predicates: the quadrant and the leader rule"));
var predikat = new Dictionary<Nip, PredikatTerhitung>();
Console.WriteLine($"  {T("Nama", "Name"),-32} {"Unit",-12} {T("Hasil kerja", "Results"),-20} {T("Perilaku kerja", "Behaviour"),-20} {T("Predikat", "Predicate"),-18} {T("Aturan", "Rule")}");
foreach (var p in dinas.Pegawai)
{
    var unit = unitOf[p.Nip];
    var isKepala = tree.GetKepala(unit) == p.Nip;
    var hasil = isKepala ? kuadran.EvaluateKepalaUnit(predikatOrganisasi[unit], p.RatingPerilakuKerja) : kuadran.Evaluate(p.RatingHasilKerja, p.RatingPerilakuKerja);
    predikat[p.Nip] = hasil;
    Console.WriteLine($"  {p.Nama,-32} {unit,-12} {hasil.RatingHasilKerja.ToLabel(),-20} {hasil.RatingPerilakuKerja.ToLabel(),-20} {hasil.Predikat.ToLabel(),-18} {hasil.Explanation.Rule}");
}

Console.WriteLine();
Console.WriteLine("  " + T("Contoh penjelasan (kepala bidang):", "Example explanation (a head of division):"));
Console.WriteLine("  " + predikat[tree.GetKepala("aptika")!.Value].Explanation.ToString(culture));

// 5. Each unit's distribution verdict (SE MenPANRB 3/2023), through the bulk engine. Unit heads count in the parent unit.
Heading(T("5. Pola distribusi per unit (SE MenPANRB 3/2023, sering disebut \"SE 1/2023\")", "5. Distribution pattern per unit (SE MenPANRB 3/2023, often cited as \"SE 1/2023\")"));
var unitIds = dinas.Unit.Select(u => u.Id).ToList();
var index = unitIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
var columns = dinas.Pegawai.ToList();
var input = new BulkInput(
    columns.Select(p => index[unitOf[p.Nip]]).ToArray(),
    columns.Select(p => p.RatingHasilKerja).ToArray(),
    columns.Select(p => p.RatingPerilakuKerja).ToArray(),
    dinas.Unit.Select(u => u.ParentId is null ? -1 : index[u.ParentId]).ToArray(),
    dinas.Unit.Select(u => predikatOrganisasi[u.Id]).ToArray(),
    dinas.Unit.Select(u => tree.GetKepala(u.Id) is { } k ? columns.FindIndex(p => p.Nip == k) : -1).ToArray());
var bulk = distribusi.Evaluate(input, kuadran);
var verdicts = new List<PemeriksaanDistribusiResult>();
for (var u = 0; u < unitIds.Count; u++)
{
    var verdict = bulk.GetVerdict(u, unitIds[u]);
    verdicts.Add(verdict);
    Console.WriteLine($"  {unitIds[u]} ({verdict.PredikatOrganisasi.ToLabel()}): {verdict.Status} — {verdict.Jumlah}");
    foreach (var b in verdict.Batasan)
    {
        Console.WriteLine($"      {(b.Terpenuhi ? "✓" : "✗")} {b.Explanation.GetDescription(culture)}");
    }

    PrintFindings(verdict.Findings, indent: "      ");
}

Console.WriteLine("  " + T("Kebijakan:", "Policies:") + " " + string.Join(", ", bulk.Policies));
Console.WriteLine("  " + T("Rentang kuota unit Baik berukuran 12:", "Allowed ranges of a Baik unit of 12:") + " " + distribusi.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 12));

// 6. Calibration proposals for the units outside their pattern.
Heading(T("6. Usulan kalibrasi (untuk dipertimbangkan PPK)", "6. Calibration proposals (for the PPK to consider)"));
foreach (var verdict in verdicts.Where(v => v.Status == StatusDistribusi.TidakMemenuhi))
{
    // Employees counted in the unit: its staff, and the heads of its sub-units (policy UnitInduk).
    var counted = columns.Where(p =>
    {
        var unit = unitOf[p.Nip];
        var isKepala = tree.GetKepala(unit) == p.Nip;
        var countsIn = isKepala && tree.GetParent(unit) is { } parent ? parent.Id : unit;
        return countsIn == verdict.UnitId;
    });
    var usulan = distribusi.ProposeKalibrasi(verdict, counted.Select(p => new PegawaiKalibrasi(p.Nip, predikat[p.Nip].Predikat, p.SkorPeringkat)));
    Console.WriteLine($"  {verdict.UnitId}: {usulan.Explanation.GetDescription(culture)}");
    foreach (var change in usulan.Perubahan)
    {
        Console.WriteLine($"      {Nama(change.Nip),-24} {change.Dari.ToLabel(),-16} → {change.Menjadi.ToLabel(),-16} {change.Alasan.GetDescription(culture)}");
    }

    Console.WriteLine($"      {T("Sesudah kalibrasi", "After calibration")}: {usulan.PemeriksaanSesudah?.Status}");
}

Console.WriteLine();
Console.WriteLine("  " + StatistikDistribusi.From(verdicts).Describe(culture));

// 7. One employee's behaviour assessment (BerAKHLAK).
Heading(T("7. Penilaian perilaku kerja BerAKHLAK (satu pegawai)", "7. BerAKHLAK behaviour assessment (one employee)"));
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

// 8. The nine-box talent map, in the ASN numbering.
// The talent-map rules are found by the decision date and the talent year: a 2024 map decided in February 2025 is
// read under PermenPANRB 3/2020; a 2026 map decided in 2027 would be read under its amendment PermenPANRB 20/2025.
var talentaRules = RuleSetRegistry.Create(PetaTalentaRules.All).Find<IPetaTalentaRules>(tanggalPenetapan, tahunKinerja);
Heading(T("8. Peta talenta", "8. Talent map") + " (" + talentaRules.RuleSet.ShortName + ")");
// Last year's predicate is the one set after the distribution; this year's is the computed one of section 4.
var talenta = talentaRules.EvaluateUnit(dinas.Pegawai.Select(p => new DataTalentaPegawai(p.Nip, new[] { KinerjaTahunan.Ditetapkan(dinas.Tahun - 1, p.PredikatTahunLalu), KinerjaTahunan.Terhitung(dinas.Tahun, predikat[p.Nip].Predikat) }, NilaiPotensial.FromSkor(p.SkorPotensial))), dinas.Tahun);
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

// 9. Angka kredit of the functional officials.
Heading(T("9. Angka kredit pejabat fungsional (PermenPANRB 1/2023)", "9. Angka kredit of functional officials (PermenPANRB 1/2023)"));
foreach (var p in dinas.Pegawai.Where(p => p.Jabatan.Jenjang is not null && p.Golongan is not null))
{
    var jenjang = p.Jabatan.Jenjang!.Value;
    var ak = angkaKredit.Calculate(PeriodeKinerja.Tahunan(dinas.Tahun), predikat[p.Nip].Predikat, jenjang);
    var jarak = angkaKredit.CalculateJarak(p.AngkaKreditAwal + ak.Nilai, p.Golongan!.Value, jenjang);
    Console.WriteLine($"  {p.Nama,-24} {jenjang.ToLabel(),-13} {predikat[p.Nip].Predikat.ToLabel(),-12} AK {ak.Format(3),8}  "
        + $"{T("total", "total")} {angkaKredit.Format(jarak.Akumulasi, 3),8}  {T("kurang", "still needed")} {(jarak.Kekurangan is { } kurang ? angkaKredit.Format(kurang, 3) : "-"),8} ({jarak.Kenaikan?.Dari} → {jarak.Kenaikan?.Ke})");
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
