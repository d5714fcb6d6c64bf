using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>The <em>angka kredit</em> rules the library provides, by regulation.</summary>
public static class AngkaKreditRules
{
    /// <summary>PermenPANRB 1/2023 with Peraturan BKN 3/2023 (<see cref="TabelAngkaKredit.PermenPanRb1Tahun2023"/>), with <see cref="AngkaKreditOptions.Default"/>.</summary>
    public static IAngkaKreditRules PermenPanRb1Tahun2023 { get; } = new TabelAngkaKreditRules(RuleSet.PermenPanRb1Tahun2023, TabelAngkaKredit.PermenPanRb1Tahun2023, AngkaKreditOptions.Default);

    /// <summary>Every <em>angka kredit</em> rule set the library provides, oldest first.</summary>
    public static ImmutableArray<IAngkaKreditRules> All { get; } = ImmutableArray.Create(PermenPanRb1Tahun2023);
}

/// <summary><em>Angka kredit</em> rules over a table.</summary>
internal sealed class TabelAngkaKreditRules : IAngkaKreditRules
{
    private readonly TabelAngkaKredit _base;

    internal TabelAngkaKreditRules(RuleSet ruleSet, TabelAngkaKredit tabel, AngkaKreditOptions options)
    {
        RuleSet = ruleSet;
        _base = tabel;
        Options = options;
        Tabel = tabel.WithKoefisienPemula(options.KoefisienPemula);
        Policies = options.Policies;
    }

    public RuleSet RuleSet { get; }

    public RuleDomain Domain => RuleDomain.AngkaKredit;

    public ImmutableArray<AppliedPolicy> Policies { get; }

    public AngkaKreditOptions Options { get; }

    public TabelAngkaKredit Tabel { get; }

    public AngkaKreditResult Calculate(int bulan, PredikatKinerja predikat, JenjangFungsional jenjang) => AngkaKredit.Calculate(bulan, predikat, jenjang, Tabel);

    public AngkaKreditResult Calculate(PeriodeKinerja periode, PredikatKinerja predikat, JenjangFungsional jenjang) =>
        AngkaKredit.Calculate(periode, predikat, jenjang, Options.PenghitunganBulan, Tabel);

    public decimal Accumulate(IEnumerable<AngkaKreditResult> hasil, decimal awal = 0m) => AngkaKredit.Accumulate(hasil, awal);

    public JarakKenaikan CalculateJarak(decimal akumulasi, GolonganRuang golongan, JenjangFungsional jenjang) => AngkaKredit.CalculateJarak(akumulasi, golongan, jenjang, Tabel);

    public string Format(decimal nilai, int desimal = 3) => AngkaKredit.Format(nilai, desimal);

    public IAngkaKreditRules WithOptions(AngkaKreditOptions options) =>
        Preconditions.CheckNotNull(options).Equals(Options) ? this : new TabelAngkaKreditRules(RuleSet, _base, options);

    public override string ToString() => RuleSet.Id.Value + " (" + Options + ")";
}
