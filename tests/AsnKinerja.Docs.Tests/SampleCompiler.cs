using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AsnKinerja.Docs.Tests;

/// <summary>
/// Compiles a sample as the console application a reader would write (top-level statements, nullable on, the SDK's
/// implicit usings) against the AsnKinerja assemblies next to this test, then runs it.
/// </summary>
internal static class SampleCompiler
{
    // The implicit usings of a Microsoft.NET.Sdk project; anything else the sample must say itself.
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n" +
        "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static (byte[]? Assembly, IReadOnlyList<string> Errors) Compile(DocSample sample)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.cs"),
            CSharpSyntaxTree.ParseText(sample.Code, parse, path: sample.Id),
        };
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            // As in an SDK project: the packages were built against older framework versions than this runtime.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        var compilation = CSharpCompilation.Create("Sample_" + Guid.NewGuid().ToString("N"), trees, References.Value, options);

        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
        return (result.Success ? pe.ToArray() : null, errors);
    }

    /// <summary>Runs the program and returns what it wrote to the console.</summary>
    public static string Run(byte[] image)
    {
        var context = new AssemblyLoadContext("doc-sample", isCollectible: true);
        var output = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                ?? throw new InvalidOperationException("The sample has no entry point.");
            Console.SetOut(output);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException("The sample threw " + e.InnerException.GetType().Name + ": " + e.InnerException.Message, e.InnerException);
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return output.ToString();
    }

    // The runtime's own assemblies plus every assembly next to this test (the packages, NodaTime, DI, ...).
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(local)
            .Where(IsManaged)
            .GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
