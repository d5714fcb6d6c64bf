using System.Reflection;
using PublicApiGenerator;

namespace AsnKinerja.PublicApi.Tests;

/// <summary>
/// One snapshot per package: the public API that PublicApiGenerator prints must equal the committed approved file.
/// AsnKinerja.NetStandard.Tests compiles this class again against the netstandard2.0 builds and compares them with
/// the same files, so both builds of a package must have the same API.
/// </summary>
public sealed class PublicApiTests
{
    // Facts about a build rather than its API: the target framework, the trimming flag and repository metadata
    // (which differ between the two builds or follow the build settings), and the friend test assemblies.
    private static readonly ApiGeneratorOptions Options = new()
    {
        ExcludeAttributes =
        [
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
            "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
        ],
    };

    [Fact]
    public void PublicApi_AsnKinerjaCore_MatchesApprovedSnapshot() => Verify("AsnKinerja.Core");

    [Fact]
    public void PublicApi_AsnKinerjaCascading_MatchesApprovedSnapshot() => Verify("AsnKinerja.Cascading");

    [Fact]
    public void PublicApi_AsnKinerjaPredicates_MatchesApprovedSnapshot() => Verify("AsnKinerja.Predicates");

    [Fact]
    public void PublicApi_AsnKinerjaNineBox_MatchesApprovedSnapshot() => Verify("AsnKinerja.NineBox");

    [Fact]
    public void PublicApi_AsnKinerjaBehaviourRubric_MatchesApprovedSnapshot() => Verify("AsnKinerja.BehaviourRubric");

    [Fact]
    public void PublicApi_AsnKinerjaSerializationSystemTextJson_MatchesApprovedSnapshot() => Verify("AsnKinerja.Serialization.SystemTextJson");

    [Fact]
    public void PublicApi_AsnKinerjaExtensionsDependencyInjection_MatchesApprovedSnapshot() => Verify("AsnKinerja.Extensions.DependencyInjection");

    [Fact]
    public void PublicApi_AsnKinerjaSiasn_MatchesApprovedSnapshot() => Verify("AsnKinerja.Siasn");

    [Fact]
    public void PublicApi_AsnKinerjaDocuments_MatchesApprovedSnapshot() => Verify("AsnKinerja.Documents");

    // Loaded by name, not through a type, so a package with no public type yet still has a snapshot. The
    // project references put every package in the output folder and in the .deps.json that the loader reads.
    private static void Verify(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        Assert.Equal(assemblyName, assembly.GetName().Name);
        ApprovedFile.Verify(assemblyName, assembly.GeneratePublicApi(Options));
    }
}
