using AsnKinerja.Testing;

namespace AsnKinerja.Docs.Tests;

/// <summary>
/// Every C# sample of README.md, the package READMEs and docs/ compiles against the packages and runs without an
/// exception; a sample that shows its output prints exactly that. See <see cref="DocSample"/> for the markers.
/// </summary>
[Collection(nameof(ConsoleUsers))]
public sealed class DocSampleTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var sample in DocSample.All.Where(s => s.Kind != "fragment"))
        {
            data.Add(sample.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_AsWritten_CompilesAndRuns(string id)
    {
        var program = DocSample.Program(DocSample.All.Single(s => s.Id == id));

        var (image, errors) = SampleCompiler.Compile(program);
        Assert.True(image is not null, $"The sample at {id} does not compile:\n{string.Join("\n", errors)}\n\n{program.Code}");

        // The samples are written for an application with culture data (some create id-ID or en-US). In invariant
        // globalization mode, where no such culture exists, the second CI run checks that they still compile.
        if (!Cultures.HaveData)
        {
            return;
        }

        var output = SampleCompiler.Run(image!);
        if (program.ExpectedOutput is { } expected)
        {
            Assert.Equal(expected, output);
        }
    }

    [Fact]
    public void All_Documentation_IncludesTheReadmeSampleAndPackageReadmes()
    {
        Assert.Contains(DocSample.All, s => s.File == "README.md" && s.Kind == "complete");
        Assert.Contains(DocSample.All, s => s.File.StartsWith("src/", StringComparison.Ordinal));
        Assert.Contains(DocSample.All, s => s.File.StartsWith("docs/", StringComparison.Ordinal));
    }
}

/// <summary>The samples write to the console, which is process-wide: they run alone, one after another.</summary>
[CollectionDefinition(nameof(ConsoleUsers), DisableParallelization = true)]
public sealed class ConsoleUsers;
