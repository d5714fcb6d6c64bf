using System.Reflection;

namespace AsnKinerja.PublicApi.Tests;

/// <summary>One snapshot per package: the printed public API must equal the committed approved file.</summary>
public sealed class PublicApiTests
{
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

    // Loaded by name, not through a type, so a package with no public type yet still has a snapshot. The
    // project references put every package in the output folder and in the .deps.json that the loader reads.
    private static void Verify(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        Assert.Equal(assemblyName, assembly.GetName().Name);
        ApprovedFile.Verify(assemblyName, PublicApiWriter.ForAssembly(assembly));
    }
}
