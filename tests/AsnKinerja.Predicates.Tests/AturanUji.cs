namespace AsnKinerja.Predicates.Tests;

/// <summary>The rules objects the tests call: the built-in rule sets, configured per test.</summary>
internal static class AturanUji
{
    /// <summary>The quadrant of PermenPANRB 6/2022 with the default leader mapping.</summary>
    public static IKuadranRules Kuadran => KuadranRules.PermenPanRb6Tahun2022;

    /// <summary>The distribution rules of SE MenPANRB 3/2023, with the given policies (null for the defaults).</summary>
    public static IDistribusiRules Distribusi(DistribusiOptions? opsi = null) =>
        opsi is null ? DistribusiRules.SeMenPanRb3Tahun2023 : DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(opsi);
}
