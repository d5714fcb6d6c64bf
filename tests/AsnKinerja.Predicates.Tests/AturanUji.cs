using NodaTime;

namespace AsnKinerja.Predicates.Tests;

/// <summary>The rules objects the tests call: the built-in rule sets, configured per test.</summary>
internal static class AturanUji
{
    /// <summary>The quadrant of PermenPANRB 6/2022 with the default leader mapping.</summary>
    public static IKuadranRules Kuadran => KuadranRules.PermenPanRb6Tahun2022;

    /// <summary>The distribution rules of SE MenPANRB 3/2023, with the given policies (null for the defaults).</summary>
    public static IDistribusiRules Distribusi(DistribusiOptions? opsi = null) =>
        opsi is null ? DistribusiRules.SeMenPanRb3Tahun2023 : DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(opsi);

    /// <summary>A distinct, valid PNS NIP for each number from 0 up.</summary>
    public static Nip N(int i) => Nip.FromParts(new LocalDate(1980, 1, 1).PlusDays(i / 999), new YearMonth(2005, 1), JenisKelamin.LakiLaki, (i % 999) + 1);

    /// <summary>Calibration of one unit from its employees: the one-unit check of their predicates, answered by the proposal.</summary>
    public static UsulanKalibrasi Kalibrasi(this IDistribusiRules rules, string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, IEnumerable<PegawaiKalibrasi> pegawai)
    {
        var list = pegawai.ToList();
        return rules.ProposeKalibrasi(rules.Check(unitId, predikatOrganisasi, JumlahPredikat.From(list.Select(p => p.Predikat))), list);
    }
}
