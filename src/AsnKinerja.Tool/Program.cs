using System.Text;
using AsnKinerja.Tool.Cli;
using NodaTime;
using Spectre.Console;

namespace AsnKinerja.Tool;

/// <summary>The entry point of <c>asn-kinerja</c>.</summary>
internal static class Program
{
    /// <summary>Runs the tool on the real console, with today's date in the machine's time zone as the default decision date.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 everything passed, 1 violations found, 2 invalid input, 3 an unexpected error.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            // Redirected output (a file, CI, a pipe) is read as text: a fixed width, so that tables do not wrap per machine.
            console.Profile.Width = 120;
        }

        try
        {
            // The machine's local date through the BCL's local zone: NodaTime's BCL zone provider would first load and sort
            // every zone of the system, which costs a second at each start.
            return Aplikasi.Run(args, console, () => LocalDate.FromDateTime(DateTime.Now));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.MarkupLine("[red bold]" + Markup.Escape("asn-kinerja: " + e.GetType().Name + ": " + e.Message) + "[/]");
            return KodeKeluar.Galat;
        }
    }
}
