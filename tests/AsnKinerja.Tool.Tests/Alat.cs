using AsnKinerja.Tool.Cli;
using NodaTime;
using Spectre.Console;

namespace AsnKinerja.Tool.Tests;

/// <summary>Runs the tool in-process as the officer would, on a plain-text console, in a folder of its own.</summary>
internal sealed class Alat : IDisposable
{
    public Alat()
    {
        Folder = Path.Combine(Path.GetTempPath(), "asn-kinerja-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The output folder the commands are given with --keluaran.</summary>
    public string Folder { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Runs the command line; --keluaran is added for the commands that write files.</summary>
    public (int Code, string Output) Run(params string[] args)
    {
        var writesFiles = args.Length > 0 && args[0] is "periksa" or "siasn" or "dokumen" && !args.Contains("--help");
        var all = writesFiles ? args.Concat(new[] { "--keluaran", Folder }).ToArray() : args;
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var code = Aplikasi.Run(all, console, () => new LocalDate(2026, 1, 31));
        return (code, writer.ToString());
    }

    public string File(string name) => Path.Combine(Folder, name);

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
            // A folder left in the temp directory is harmless.
        }
    }
}
