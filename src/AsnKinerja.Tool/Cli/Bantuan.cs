using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Spectre.Console;

namespace AsnKinerja.Tool.Cli;

/// <summary>
/// The help text, in the tool's language: System.CommandLine parses, this prints (its own help speaks English only). The
/// text comes from the command tree itself, so help and parsing never disagree.
/// </summary>
internal sealed class Bantuan : SynchronousCommandLineAction
{
    private readonly IAnsiConsole _console;
    private readonly Bahasa _bahasa;

    /// <summary>Creates the help action.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="bahasa">The language.</param>
    public Bantuan(IAnsiConsole console, Bahasa bahasa)
    {
        _console = console;
        _bahasa = bahasa;
    }

    /// <summary>Prints the help of the command the parse result names.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>0.</returns>
    public override int Invoke(ParseResult parseResult)
    {
        Print(parseResult.CommandResult.Command);
        return 0;
    }

    /// <summary>Prints the help of a command.</summary>
    /// <param name="command">The command.</param>
    public void Print(Command command)
    {
        var path = new List<string>();
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, c is RootCommand ? "asn-kinerja" : c.Name);
        }

        var name = string.Join(" ", path);
        var b = _bahasa;
        _console.MarkupLine("[bold]" + Markup.Escape(name) + "[/] — " + Markup.Escape(command.Description ?? string.Empty));
        _console.WriteLine();
        _console.MarkupLine("[bold]" + Markup.Escape(b.T("Pemakaian:", "Usage:")) + "[/]");
        var usage = name;
        if (command.Subcommands.Count > 0)
        {
            usage += b.T(" PERINTAH", " COMMAND");
        }

        foreach (var a in command.Arguments.Where(a => !a.Hidden))
        {
            usage += a.Arity.MinimumNumberOfValues == 0 ? " [" + Upper(a) + "]" : " " + Upper(a);
            if (a.Arity.MaximumNumberOfValues > 1)
            {
                usage += "...";
            }
        }

        usage += b.T(" [opsi]", " [options]");
        _console.WriteLine("  " + usage);
        if (command.Arguments.Any(a => !a.Hidden))
        {
            _console.WriteLine();
            _console.MarkupLine("[bold]" + Markup.Escape(b.T("Argumen:", "Arguments:")) + "[/]");
            Rows(command.Arguments.Where(a => !a.Hidden).Select(a => (Upper(a), a.Description ?? string.Empty)));
        }

        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(Ancestors).SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).Distinct().ToList();
        if (options.Count > 0)
        {
            _console.WriteLine();
            _console.MarkupLine("[bold]" + Markup.Escape(b.T("Opsi:", "Options:")) + "[/]");
            Rows(options.Select(o => (string.Join(", ", new[] { o.Name }.Concat(o.Aliases.OrderBy(a => a.Length))) + (o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool) ? " <" + (o.HelpName ?? "NILAI") + ">" : string.Empty), Describe(o))));
        }

        if (command.Subcommands.Count > 0)
        {
            _console.WriteLine();
            _console.MarkupLine("[bold]" + Markup.Escape(b.T("Perintah:", "Commands:")) + "[/]");
            Rows(command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)));
            _console.WriteLine();
            _console.WriteLine(b.T("Bantuan tiap perintah: ", "Help on a command: ") + name + b.T(" PERINTAH --help", " COMMAND --help"));
        }
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return c;
        }
    }

    private static string Upper(Argument a) => (a.HelpName ?? a.Name).ToUpperInvariant();

    private string Describe(Option option)
    {
        var text = option.Description ?? string.Empty;
        if (option is HelpOption)
        {
            text = _bahasa.T("Tampilkan bantuan ini.", "Show this help.");
        }
        else if (option is VersionOption)
        {
            text = _bahasa.T("Tampilkan versi alat.", "Show the tool's version.");
        }

        return text;
    }

    private void Rows(IEnumerable<(string Name, string Text)> rows)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2)).AddColumn();
        foreach (var (n, t) in rows)
        {
            grid.AddRow(new Text(n), new Text(t));
        }

        _console.Write(grid);
    }
}
