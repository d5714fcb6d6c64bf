using AsnKinerja.Testing.Quickstart;

namespace AsnKinerja.Siasn.Tests;

/// <summary>The quickstart's dinas, every employee pushed to SIASN: each one's skp22 payload comes out, validated.</summary>
public sealed class QuickstartSiasnTests
{
    private static readonly QuickstartDinas Dinas = QuickstartDinas.Load();

    [Fact]
    public void Skp22_EveryEmployeeOfTheQuickstartDinas_ComesOutValidated()
    {
        var results = Dinas.Sample.Pegawai.Select(p => (p.Nip, Result: Skp22(p.Nip))).ToList();

        Assert.Equal(Dinas.Sample.Pegawai.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Result.IsSuccess, r.Nip + ": " + string.Join("; ", r.Result.Findings)));
        Assert.All(results, r => Assert.Empty(r.Result.Findings));
        Assert.All(results, r => Assert.Equal(r.Result.Value, SiasnJson.ReadSkp22(SiasnJson.Write(r.Result.Value))));
    }

    [Fact]
    public void Skp22_EmployeesWithAnSkp_TakeTheirEvaluatorFromTheSkp()
    {
        foreach (var skp in Dinas.Sample.Skp)
        {
            var fromSkp = SiasnPayloads.Skp22(skp, Dinas.Predikat[skp.Pegawai], QuickstartDinas.PnsId(skp.Pegawai));

            // The sample's SKPs name the PPK by NIP only: SIASN needs the name, rank, position and unit (SIA001).
            Assert.False(fromSkp.IsSuccess);
            Assert.Contains(fromSkp.Findings, f => f.Code == "SIA001" && f.GetValue("field") == "penilaiNama");
            Assert.Equal(skp.PejabatPenilai.Nip, Dinas.Ppk(skp.Pegawai));
        }
    }

    [Fact]
    public void Skp22_HeadOfTheDinas_IsEvaluatedByTheRegionalSecretaryThroughTheLeaderRule()
    {
        var kepala = Dinas.Struktur.GetKepala("dinas")!.Value;

        var payload = Skp22(kepala).Value;

        Assert.Equal(QuickstartDinas.Sekda.ToString(), payload.Penilai.NipNrp);
        Assert.Equal(Ekspektasi.Sesuai, payload.HasilKinerja); // the dinas is Baik: Baik → Sesuai under the default leader-rule mapping
        Assert.Equal(Dinas.Predikat[kepala].Predikat, payload.Predikat);
    }

    internal static Result<Skp22Payload> Skp22(Nip nip) =>
        SiasnPayloads.Skp22(nip, Dinas.Periode, Dinas.Orang(Dinas.Ppk(nip)), Dinas.Predikat[nip], QuickstartDinas.PnsId(nip));
}
