using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using System.Text;
using AsnKinerja.Predicates;
using AsnKinerja.Tool.Keluaran;
using AsnKinerja.Tool.Masukan;
using AsnKinerja.Tool.Pemeriksaan;
using NodaTime;
using Spectre.Console;

namespace AsnKinerja.Tool.Cli;

/// <summary>Exit codes: the same for every command.</summary>
internal static class KodeKeluar
{
    /// <summary>Everything passed.</summary>
    public const int Lulus = 0;

    /// <summary>The check found units that do not meet their pattern.</summary>
    public const int Pelanggaran = 1;

    /// <summary>The input (files or command line) is invalid; nothing was checked.</summary>
    public const int MasukanTidakValid = 2;

    /// <summary>An unexpected error (a bug, or a file that could not be written).</summary>
    public const int Galat = 3;
}

/// <summary>
/// The command line of <c>asn-kinerja</c>: the commands in Indonesian, help in the tool's language (<c>--lang en</c> for
/// English), and what each command does. The console and the clock are passed in, so tests run it as the officer would.
/// </summary>
internal sealed class Aplikasi
{
    private readonly IAnsiConsole _console;
    private readonly Func<LocalDate> _hariIni;
    private readonly Bahasa _bahasa;

    private Aplikasi(IAnsiConsole console, Func<LocalDate> hariIni, Bahasa bahasa)
    {
        _console = console;
        _hariIni = hariIni;
        _bahasa = bahasa;
    }

    /// <summary>The built-in rule sets: every quadrant and distribution rule set the library has.</summary>
    public static RuleSetRegistry Registry { get; } = RuleSetRegistry.Create(KuadranRules.All.Cast<IRules>().Concat(DistribusiRules.All));

    /// <summary>The tool's version (the package's).</summary>
    public static string Versi { get; } = typeof(Aplikasi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where to print.</param>
    /// <param name="hariIni">Today's date (the default decision date).</param>
    /// <returns>The exit code (<see cref="KodeKeluar"/>).</returns>
    public static int Run(string[] args, IAnsiConsole console, Func<LocalDate> hariIni)
    {
        // The language is needed before the commands are built: their descriptions are in it.
        var bahasa = Bahasa.Indonesia;
        for (var i = 0; i < args.Length; i++)
        {
            string? value = args[i] == "--lang" && i + 1 < args.Length ? args[i + 1] : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i].Substring(7) : null;
            if (value is not null)
            {
                bahasa = Bahasa.FromName(value) ?? bahasa;
            }
        }

        return new Aplikasi(console, hariIni, bahasa).Run(args);
    }

    private int Run(string[] args)
    {
        var b = _bahasa;
        var lang = new Option<string>("--lang")
        {
            Description = b.T("Bahasa keluaran dan bantuan: id (bawaan) atau en.", "Language of the output and help: id (default) or en."),
            HelpName = "id|en",
            Recursive = true,
            DefaultValueFactory = _ => "id",
        };
        lang.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (v is not null && Bahasa.FromName(v) is null)
            {
                r.AddError(b.T("--lang '" + v + "' tidak dikenal; pakai id atau en.", "--lang '" + v + "' is unknown; use id or en."));
            }
        });

        var root = new RootCommand(b.T(
            "Alat petugas kepegawaian untuk pengelolaan kinerja ASN: memeriksa pola distribusi predikat tiap unit (SE MenPANRB 3/2023), mengusulkan kalibrasi dan menghitung kuota.",
            "The HR officer's tool for ASN performance management: checks every unit's predicate distribution pattern (SE MenPANRB 3/2023), proposes calibration and computes the quotas."));
        root.Options.Add(lang);
        root.Subcommands.Add(PerintahPeriksa());
        root.Subcommands.Add(PerintahKuota());
        root.Subcommands.Add(PerintahSiasn());
        root.Subcommands.Add(PerintahDokumen());
        var help = new Bantuan(_console, b);
        foreach (var option in Descendants(root).SelectMany(c => c.Options).OfType<HelpOption>())
        {
            option.Action = help;
        }

        root.SetAction(_ =>
        {
            help.Print(root);
            return KodeKeluar.Lulus;
        });

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            _console.MarkupLine("[red bold]" + Markup.Escape(b.T("Perintah tidak dapat dibaca:", "The command line cannot be read:")) + "[/]");
            foreach (var e in parse.Errors)
            {
                _console.WriteLine("  " + e.Message);
            }

            _console.WriteLine(b.T("Lihat bantuan: asn-kinerja --help", "See the help: asn-kinerja --help"));
            return KodeKeluar.MasukanTidakValid;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = TextWriter.Null });
        }
        catch (MasukanTidakValidException e)
        {
            TampilanKonsol.Masalah(_console, e.Masalah, b, int.MaxValue, null);
            return KodeKeluar.MasukanTidakValid;
        }
        catch (IOException e)
        {
            _console.MarkupLine("[red bold]" + Markup.Escape(b.T("Berkas tidak dapat dibaca atau ditulis: ", "A file cannot be read or written: ") + e.Message) + "[/]");
            return KodeKeluar.Galat;
        }
        catch (UnauthorizedAccessException e)
        {
            _console.MarkupLine("[red bold]" + Markup.Escape(b.T("Akses berkas ditolak: ", "File access denied: ") + e.Message) + "[/]");
            return KodeKeluar.Galat;
        }
    }

    private static IEnumerable<Command> Descendants(Command command) => new[] { command }.Concat(command.Subcommands.SelectMany(Descendants));

    private Option<string?> OpsiTanggal(string bawaan) => new("--tanggal")
    {
        Description = _bahasa.T(
            "Tanggal penetapan predikat (TTTT-BB-HH); menentukan aturan yang berlaku. Bawaan: " + bawaan + ".",
            "The date the predicates are set (YYYY-MM-DD); decides which rules are in force. Default: " + bawaan + "."),
        HelpName = _bahasa.T("TTTT-BB-HH", "YYYY-MM-DD"),
    };

    private Option<string?> OpsiPeriode(string bawaan) => new("--periode")
    {
        Description = _bahasa.T(
            "Periode kinerja: 2025 (tahunan), 2025-S1 (semester), 2025-T3 (triwulan) atau 2025-03 (bulanan). Bawaan: " + bawaan + ".",
            "The performance period: 2025 (annual), 2025-S1 (half-year), 2025-T3 (quarter) or 2025-03 (monthly). Default: " + bawaan + "."),
        HelpName = _bahasa.T("PERIODE", "PERIOD"),
    };

    /// <summary>The decision date and period from the options, or the defaults: today, and the year before today's year.</summary>
    private bool TryTanggalPeriode(ParseResult parse, Option<string?> tanggalOption, Option<string?> periodeOption, LocalDate? tanggalBawaan, PeriodeKinerja? periodeBawaan, out LocalDate tanggal, out PeriodeKinerja periode)
    {
        var masalah = new List<string>();
        tanggal = tanggalBawaan ?? _hariIni();
        if (parse.GetValue(tanggalOption) is { } t)
        {
            if (!OpsiUmum.TryParseTanggal(t, _bahasa, out tanggal, out var why))
            {
                masalah.Add(why);
            }
        }

        periode = periodeBawaan ?? PeriodeKinerja.Tahunan(tanggal.Year - 1);
        if (parse.GetValue(periodeOption) is { } p)
        {
            if (!OpsiUmum.TryParsePeriode(p, _bahasa, out periode, out var why))
            {
                masalah.Add(why);
            }
        }

        foreach (var m in masalah)
        {
            _console.MarkupLine("[red]" + Markup.Escape(m) + "[/]");
        }

        return masalah.Count == 0;
    }

    /// <summary>The rules of a domain for the date and period, or a clear message (exit code 2) when none is in force.</summary>
    private bool TryFind<TRules>(LocalDate tanggal, PeriodeKinerja periode, out TRules rules)
        where TRules : class, IRules
    {
        if (Registry.TryFind<TRules>(tanggal, periode, out var found))
        {
            rules = found;
            return true;
        }

        rules = null!;
        var known = string.Join("; ", Registry.Rules.OfType<TRules>().Select(r => r.RuleSet.ShortName + ": " + Berlaku(r.RuleSet)));
        _console.MarkupLine("[red bold]" + Markup.Escape(_bahasa.T(
            "Tidak ada aturan yang berlaku pada tanggal " + Teks.Tanggal(tanggal) + " untuk periode " + periode + ". Aturan yang dikenal: " + known + ". Periksa --tanggal dan --periode.",
            "No rules are in force on " + Teks.Tanggal(tanggal) + " for the period " + periode + ". Known rules: " + known + ". Check --tanggal and --periode.")) + "[/]");
        return false;
    }

    private string Berlaku(RuleSet r) => _bahasa.T("berlaku sejak ", "in force from ") + Teks.Tanggal(r.EffectiveFrom)
        + (r.EffectiveUntil is { } u ? _bahasa.T(" sampai ", " until ") + Teks.Tanggal(u) : string.Empty)
        + _bahasa.T(", untuk periode sejak ", ", for periods from ") + Teks.Tanggal(r.PeriodsFrom);

    private Command PerintahKuota()
    {
        var b = _bahasa;
        var command = new Command("kuota", b.T(
            "Rentang jumlah pegawai yang dibolehkan untuk tiap predikat, menurut predikat organisasi dan jumlah pegawai unit (pekerjaan kalkulator distribusi).",
            "The allowed headcount range of each predicate for an organisation predicate and a unit size (the distribution calculator's job)."));
        var predikat = new Argument<string>("predikat-organisasi")
        {
            Description = b.T("Predikat kinerja organisasi: Istimewa, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.", "The organisation predicate: Istimewa, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang."),
            HelpName = b.T("PREDIKAT_ORGANISASI", "ORGANISATION_PREDICATE"),
        };
        var jumlah = new Argument<string[]>("jumlah-pegawai")
        {
            Description = b.T("Satu atau beberapa jumlah pegawai unit (mis. 10 atau 5 10 25).", "One or more unit sizes (e.g. 10, or 5 10 25)."),
            HelpName = b.T("JUMLAH_PEGAWAI", "UNIT_SIZE"),
            Arity = ArgumentArity.OneOrMore,
        };
        var tanggal = OpsiTanggal(b.T("hari ini", "today"));
        var periode = OpsiPeriode(b.T("tahun sebelum tahun tanggal penetapan", "the year before the decision date's year"));
        command.Arguments.Add(predikat);
        command.Arguments.Add(jumlah);
        command.Options.Add(tanggal);
        command.Options.Add(periode);
        command.SetAction(parse =>
        {
            var ok = TryTanggalPeriode(parse, tanggal, periode, null, null, out var t, out var p);
            var text = parse.GetValue(predikat) ?? string.Empty;
            if (!AsnLabels.TryParsePredikatKinerjaOrganisasi(text, out var org))
            {
                _console.MarkupLine("[red]" + Markup.Escape(Label.Unknown(text, Label.Organisasi, b)) + "[/]");
                ok = false;
            }

            var sizes = new List<int>();
            foreach (var s in parse.GetValue(jumlah) ?? Array.Empty<string>())
            {
                if (int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 10_000_000)
                {
                    sizes.Add(n);
                }
                else
                {
                    _console.MarkupLine("[red]" + Markup.Escape(b.T("'" + s + "' bukan jumlah pegawai (bilangan bulat 0 sampai 10.000.000).", "'" + s + "' is not a unit size (a whole number from 0 to 10,000,000).")) + "[/]");
                    ok = false;
                }
            }

            if (!ok || !TryFind<IDistribusiRules>(t, p, out var rules))
            {
                return KodeKeluar.MasukanTidakValid;
            }

            TampilanKuota.Write(_console, rules, org, sizes, t, p, b);
            return KodeKeluar.Lulus;
        });
        return command;
    }

    private Command PerintahPeriksa()
    {
        var b = _bahasa;
        var command = new Command("periksa", b.T(
            "Membaca berkas pegawai dan berkas unit, menghitung predikat, memeriksa pola distribusi tiap unit, mengusulkan kalibrasi, lalu menulis laporan HTML dan CSV usulan perubahan.",
            "Reads the employee file and the unit file, computes the predicates, checks every unit's distribution pattern, proposes calibration, and writes an HTML report and a CSV of the proposed changes."));
        var berkas = new OpsiBerkas(command, b, "laporan.html, usulan-perubahan.csv, hasil-unit.csv, masalah-masukan.csv", OpsiTanggal, OpsiPeriode, laporan: true);
        command.SetAction(parse => TryJob(parse, berkas, out var job) ? job.Run(Registry) : KodeKeluar.MasukanTidakValid);
        return command;
    }

    private Command PerintahSiasn()
    {
        var b = _bahasa;
        var command = new Command("siasn", b.T(
            "Menulis muatan SIASN untuk berkas yang dinilai: skp22 (predikat tahunan) atau kinerjaperiodik (bulanan/triwulanan). Pejabat penilai: kepala unit pegawai, untuk kepala unit kepala unit induknya, untuk kepala unit teratas PPK (--ppk-nama).",
            "Writes the SIASN payloads for an evaluated file: skp22 (annual predicate) or kinerjaperiodik (monthly/quarterly). Evaluator: the head of the employee's unit, for a head the head of the parent unit, for the head of the top unit the PPK (--ppk-nama)."));
        var jenis = new Argument<string>("jenis")
        {
            Description = b.T("Jenis muatan: skp22 atau kinerjaperiodik.", "The payload: skp22 or kinerjaperiodik."),
            HelpName = "skp22|kinerjaperiodik",
        };
        jenis.AcceptOnlyFromAmong("skp22", "kinerjaperiodik");
        command.Arguments.Add(jenis);
        var berkas = new OpsiBerkas(command, b, "siasn-JENIS.json, siasn-JENIS-tertahan.csv", OpsiTanggal, OpsiPeriode);
        var ppk = OpsiPpk(command);
        command.SetAction(parse =>
        {
            if (!TryJob(parse, berkas, out var job))
            {
                return KodeKeluar.MasukanTidakValid;
            }

            var ekspor = new PekerjaanEkspor(_console, b, job) { PpkNama = parse.GetValue(ppk.Nama), PpkJabatan = parse.GetValue(ppk.Jabatan), PpkUnit = parse.GetValue(ppk.Unit) };
            return ekspor.Siasn(Registry, parse.GetValue(jenis) ?? "skp22");
        });
        return command;
    }

    private Command PerintahDokumen()
    {
        var b = _bahasa;
        var command = new Command("dokumen", b.T(
            "Menulis dokumen resmi: Dokumen Evaluasi Kinerja Pegawai untuk tiap pegawai dan Format Penetapan Predikat Kinerja untuk tiap unit (HTML A4 mandiri).",
            "Writes the official documents: the employee performance evaluation document for each employee and the predicate-setting form for each unit (self-contained A4 HTML)."));
        var berkas = new OpsiBerkas(command, b, "dokumen/evaluasi-kinerja/NIP.html, dokumen/format-penetapan/UNIT.html", OpsiTanggal, OpsiPeriode);
        var ppk = OpsiPpk(command);
        var tempat = new Option<string>("--tempat")
        {
            Description = b.T("Tempat penandatanganan dokumen. Bawaan: nama unit teratas.", "The place the documents are signed. Default: the top unit's name."),
            HelpName = b.T("TEMPAT", "PLACE"),
        };
        command.Options.Add(tempat);
        command.SetAction(parse =>
        {
            if (!TryJob(parse, berkas, out var job))
            {
                return KodeKeluar.MasukanTidakValid;
            }

            var ekspor = new PekerjaanEkspor(_console, b, job)
            {
                PpkNama = parse.GetValue(ppk.Nama),
                PpkJabatan = parse.GetValue(ppk.Jabatan),
                PpkUnit = parse.GetValue(ppk.Unit),
                Tempat = parse.GetValue(tempat) is { Length: > 0 } t ? t : "-",
            };
            return ekspor.Dokumen(Registry);
        });
        return command;
    }

    private (Option<string?> Nama, Option<string?> Jabatan, Option<string?> Unit) OpsiPpk(Command command)
    {
        var b = _bahasa;
        var nama = new Option<string?>("--ppk-nama")
        {
            Description = b.T("Nama PPK (pejabat yang menetapkan predikat dan menilai kepala unit teratas). Bawaan: kepala unit teratas menetapkan.", "The PPK's name (who sets the predicates and evaluates the head of the top unit). Default: the head of the top unit sets them."),
            HelpName = b.T("NAMA", "NAME"),
        };
        var jabatan = new Option<string?>("--ppk-jabatan")
        {
            Description = b.T("Jabatan PPK, mis. \"Bupati Contoh\".", "The PPK's position, e.g. \"Bupati Contoh\"."),
            HelpName = b.T("JABATAN", "POSITION"),
        };
        var unit = new Option<string?>("--ppk-unit")
        {
            Description = b.T("Instansi PPK, mis. \"Pemerintah Kabupaten Contoh\". Bawaan: nama unit teratas.", "The PPK's organisation, e.g. \"Pemerintah Kabupaten Contoh\". Default: the top unit's name."),
            HelpName = b.T("INSTANSI", "ORGANISATION"),
        };
        command.Options.Add(nama);
        command.Options.Add(jabatan);
        command.Options.Add(unit);
        return (nama, jabatan, unit);
    }

    private bool TryJob(ParseResult parse, OpsiBerkas berkas, out PekerjaanPeriksa job)
    {
        var b = _bahasa;
        job = null!;
        var isContoh = parse.GetValue(berkas.Contoh);
        var berkasPegawai = parse.GetValue(berkas.Pegawai);
        var berkasUnit = parse.GetValue(berkas.Unit);
        if (isContoh == (berkasPegawai is not null) || (berkasPegawai is null) != (berkasUnit is null))
        {
            _console.MarkupLine("[red]" + Markup.Escape(b.T(
                "Sebutkan berkas pegawai dan berkas unit (asn-kinerja " + parse.CommandResult.Command.Name + " PEGAWAI UNIT), atau --contoh saja.",
                "Name the employee file and the unit file (asn-kinerja " + parse.CommandResult.Command.Name + " EMPLOYEES UNITS), or --contoh alone.")) + "[/]");
            return false;
        }

        if (!TryTanggalPeriode(parse, berkas.Tanggal, berkas.Periode, isContoh ? new LocalDate(2026, 1, 31) : null, isContoh ? PeriodeKinerja.Tahunan(2025) : null, out var t, out var p)
            || !TryFind<IKuadranRules>(t, p, out _) || !TryFind<IDistribusiRules>(t, p, out _))
        {
            return false;
        }

        job = new PekerjaanPeriksa(_console, b)
        {
            BerkasPegawai = berkasPegawai,
            BerkasUnit = berkasUnit,
            SheetPegawai = parse.GetValue(berkas.SheetPegawai),
            SheetUnit = parse.GetValue(berkas.SheetUnit),
            KolomPegawai = parse.GetValue(berkas.KolomPegawai) ?? Array.Empty<string>(),
            KolomUnit = parse.GetValue(berkas.KolomUnit) ?? Array.Empty<string>(),
            Keluaran = parse.GetValue(berkas.Keluaran) ?? "laporan-asn-kinerja",
            MaksUnit = Math.Max(1, parse.GetValue(berkas.Maks)),
            MaksUnitLaporan = berkas.MaksLaporan is null ? 1000 : Math.Max(1, parse.GetValue(berkas.MaksLaporan)),
            Tanggal = t,
            Periode = p,
        };
        return true;
    }

    /// <summary>The arguments and options every command over a file pair takes.</summary>
    private sealed class OpsiBerkas
    {
        public OpsiBerkas(Command command, Bahasa b, string keluaranBerkas, Func<string, Option<string?>> opsiTanggal, Func<string, Option<string?>> opsiPeriode, bool laporan = false)
        {
            Pegawai = new Argument<string?>("pegawai")
            {
                Description = b.T("Berkas pegawai (.csv atau .xlsx).", "The employee file (.csv or .xlsx)."),
                Arity = ArgumentArity.ZeroOrOne,
            };
            Unit = new Argument<string?>("unit")
            {
                Description = b.T("Berkas unit (.csv atau .xlsx).", "The unit file (.csv or .xlsx)."),
                Arity = ArgumentArity.ZeroOrOne,
            };
            Contoh = new Option<bool>("--contoh")
            {
                Description = b.T(
                    "Jalankan pada contoh dinas bawaan (tanpa berkas; periode 2025, tanggal penetapan 2026-01-31 kecuali diubah).",
                    "Run on the built-in sample dinas (no file needed; period 2025, decision date 2026-01-31 unless changed)."),
            };
            SheetPegawai = new Option<string?>("--sheet-pegawai") { Description = b.T("Nama sheet di berkas pegawai .xlsx (bawaan: sheet pertama).", "The sheet of the employee .xlsx file (default: the first)."), HelpName = "SHEET" };
            SheetUnit = new Option<string?>("--sheet-unit") { Description = b.T("Nama sheet di berkas unit .xlsx (bawaan: sheet pertama).", "The sheet of the unit .xlsx file (default: the first)."), HelpName = "SHEET" };
            KolomPegawai = new Option<string[]>("--kolom-pegawai")
            {
                Description = b.T(
                    "Judul kolom kantor Anda untuk berkas pegawai, KUNCI=Judul (boleh berulang atau dipisah koma). Kunci: " + string.Join(", ", DataPegawai.Kolom.Select(k => k.Kunci)) + ".",
                    "Your office's headers for the employee file, KEY=Header (repeat it or separate with commas). Keys: " + string.Join(", ", DataPegawai.Kolom.Select(k => k.Kunci)) + "."),
                HelpName = b.T("KUNCI=JUDUL", "KEY=HEADER"),
            };
            KolomUnit = new Option<string[]>("--kolom-unit")
            {
                Description = b.T(
                    "Judul kolom kantor Anda untuk berkas unit, KUNCI=Judul. Kunci: " + string.Join(", ", DataUnit.Kolom.Select(k => k.Kunci)) + ".",
                    "Your office's headers for the unit file, KEY=Header. Keys: " + string.Join(", ", DataUnit.Kolom.Select(k => k.Kunci)) + "."),
                HelpName = b.T("KUNCI=JUDUL", "KEY=HEADER"),
            };
            Tanggal = opsiTanggal(b.T("hari ini (2026-01-31 untuk --contoh)", "today (2026-01-31 for --contoh)"));
            Periode = opsiPeriode(b.T("tahun sebelum tahun tanggal penetapan (2025 untuk --contoh)", "the year before the decision date's year (2025 for --contoh)"));
            Keluaran = new Option<string>("--keluaran")
            {
                Description = b.T("Folder keluaran (" + keluaranBerkas + "). Bawaan: laporan-asn-kinerja.", "The output folder (" + keluaranBerkas + "). Default: laporan-asn-kinerja."),
                HelpName = "FOLDER",
                DefaultValueFactory = _ => "laporan-asn-kinerja",
            };
            Maks = new Option<int>("--maks-unit")
            {
                Description = b.T("Paling banyak baris (unit, masalah masukan) yang dicetak ke konsol; berkas CSV keluaran selalu lengkap. Bawaan: 100.", "The most rows (units, input problems) printed to the console; the CSV output files are always complete. Default: 100."),
                HelpName = "N",
                DefaultValueFactory = _ => 100,
            };
            MaksLaporan = !laporan ? null : new Option<int>("--maks-unit-laporan")
            {
                Description = b.T(
                    "Paling banyak unit yang dirinci di laporan HTML: semua unit bila tidak lebih dari N, selain itu N unit pertama yang tidak memenuhi polanya; setiap unit tetap ada di hasil-unit.csv. Bawaan: 1000.",
                    "The most units the HTML report details: every unit when there are no more than N, else the first N that do not meet their pattern; every unit is still in hasil-unit.csv. Default: 1000."),
                HelpName = "N",
                DefaultValueFactory = _ => 1000,
            };
            command.Arguments.Add(Pegawai);
            command.Arguments.Add(Unit);
            foreach (var o in new Option[] { Contoh, SheetPegawai, SheetUnit, KolomPegawai, KolomUnit, Tanggal, Periode, Keluaran, Maks })
            {
                command.Options.Add(o);
            }

            if (MaksLaporan is not null)
            {
                command.Options.Add(MaksLaporan);
            }
        }

        public Argument<string?> Pegawai { get; }

        public Argument<string?> Unit { get; }

        public Option<bool> Contoh { get; }

        public Option<string?> SheetPegawai { get; }

        public Option<string?> SheetUnit { get; }

        public Option<string[]> KolomPegawai { get; }

        public Option<string[]> KolomUnit { get; }

        public Option<string?> Tanggal { get; }

        public Option<string?> Periode { get; }

        public Option<string> Keluaran { get; }

        public Option<int> Maks { get; }

        /// <summary>The most units the report details; null for a command that writes no report.</summary>
        public Option<int>? MaksLaporan { get; }
    }
}
