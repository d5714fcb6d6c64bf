namespace AsnKinerja.Conventions.Tests;

/// <summary>
/// Every package is strong-named with the key committed in the repository (AsnKinerja.snk), whose public key token
/// is part of the packages' identity for .NET Framework applications: it never changes (docs/releasing.md).
/// </summary>
public sealed class StrongNameTests
{
    private const string PublicKeyToken = "70a2567bf3834a93";

    [Fact]
    public void Assembly_EveryPackage_IsStrongNamedWithTheRepositoryKey()
    {
        Packages.AssertNone(
            "Every package must be signed with AsnKinerja.snk",
            Packages.Assemblies
                .Select(a => (Name: a.GetName().Name, Token: Convert.ToHexString(a.GetName().GetPublicKeyToken() ?? []).ToLowerInvariant()))
                .Where(a => a.Token != PublicKeyToken)
                .Select(a => $"{a.Name} has the public key token '{a.Token}', not {PublicKeyToken}"));
    }
}
