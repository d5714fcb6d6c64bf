using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>The quadrant and leader rules the library provides, by regulation.</summary>
/// <remarks>
/// <see cref="PermenPanRb6Tahun2022"/> is the table of PermenPANRB 6/2022:
/// hasil Di Atas: Kurang/Misconduct, Baik, Sangat Baik; hasil Sesuai: Kurang/Misconduct, Baik, Baik;
/// hasil Di Bawah: Sangat Kurang, Butuh Perbaikan, Butuh Perbaikan (columns perilaku Di Bawah, Sesuai, Di Atas), with
/// the leader rule of SE MenPANRB 3/2023 under the documented default mapping <see cref="PemetaanRatingPimpinan.Default"/>.
/// </remarks>
public static class KuadranRules
{
    /// <summary>The quadrant of PermenPANRB 6/2022 with the default leader-rule mapping.</summary>
    public static IKuadranRules PermenPanRb6Tahun2022 { get; } = new KuadranKinerja(
        RuleSet.PermenPanRb6Tahun2022,
        new[]
        {
            // hasil Di Bawah: perilaku Di Bawah, Sesuai, Di Atas
            PredikatKinerja.SangatKurang, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.ButuhPerbaikan,

            // hasil Sesuai
            PredikatKinerja.KurangMisconduct, PredikatKinerja.Baik, PredikatKinerja.Baik,

            // hasil Di Atas
            PredikatKinerja.KurangMisconduct, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
        },
        PemetaanRatingPimpinan.Default);

    /// <summary>Every quadrant rule set the library provides, oldest first.</summary>
    public static ImmutableArray<IKuadranRules> All { get; } = ImmutableArray.Create(PermenPanRb6Tahun2022);
}

/// <summary>A quadrant as a nine-cell table with a leader-rule mapping.</summary>
internal sealed class KuadranKinerja : IKuadranRules
{
    // Index: (hasil - 1) * 3 + (perilaku - 1).
    private readonly PredikatKinerja[] _table;

    internal KuadranKinerja(RuleSet ruleSet, PredikatKinerja[] table, PemetaanRatingPimpinan pemetaan)
    {
        RuleSet = ruleSet;
        _table = table;
        Pemetaan = pemetaan;
        Cells = Enumerable.Range(0, 9)
            .Select(i => new SelKuadran((Ekspektasi)((i / 3) + 1), (Ekspektasi)((i % 3) + 1), table[i]))
            .ToImmutableArray();
        Policies = ImmutableArray.Create(pemetaan.AsAppliedPolicy());
    }

    public RuleSet RuleSet { get; }

    public RuleDomain Domain => RuleDomain.Kuadran;

    public ImmutableArray<AppliedPolicy> Policies { get; }

    public ImmutableArray<SelKuadran> Cells { get; }

    public PemetaanRatingPimpinan Pemetaan { get; }

    public PredikatKinerja GetPredikat(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja)
    {
        Preconditions.CheckDefined(ratingHasilKerja);
        Preconditions.CheckDefined(ratingPerilakuKerja);
        return _table[(((int)ratingHasilKerja - 1) * 3) + (int)ratingPerilakuKerja - 1];
    }

    public PredikatTerhitung Evaluate(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja)
    {
        var predikat = GetPredikat(ratingHasilKerja, ratingPerilakuKerja);
        var cell = new SelKuadran(ratingHasilKerja, ratingPerilakuKerja, predikat);
        var explanation = PredicateExplanations.KuadranSel.Create(
            RuleSet.Id,
            cell.Name,
            new[] { FindingValue.Of("ratingHasilKerja", ratingHasilKerja.ToLabel()), FindingValue.Of("ratingPerilakuKerja", ratingPerilakuKerja.ToLabel()) },
            new[] { FindingValue.Of("predikat", predikat.ToLabel()) },
            Array.Empty<AppliedPolicy>());
        return new PredikatTerhitung(predikat, ratingHasilKerja, ratingPerilakuKerja, RuleSet.Id, null, null, explanation);
    }

    public PredikatTerhitung EvaluateKepalaUnit(PredikatKinerjaOrganisasi predikatOrganisasi, Ekspektasi ratingPerilakuKerja)
    {
        var ratingHasilKerja = Pemetaan.Map(predikatOrganisasi);
        var predikat = GetPredikat(ratingHasilKerja, ratingPerilakuKerja);
        var cell = new SelKuadran(ratingHasilKerja, ratingPerilakuKerja, predikat);
        var explanation = PredicateExplanations.AturanKepalaUnit.Create(
            RuleSet.Id,
            "AturanKepalaUnit → " + cell.Name,
            new[]
            {
                FindingValue.Of("predikatOrganisasi", predikatOrganisasi.ToLabel()),
                FindingValue.Of("ratingHasilKerja", ratingHasilKerja.ToLabel()),
                FindingValue.Of("ratingPerilakuKerja", ratingPerilakuKerja.ToLabel()),
            },
            new[] { FindingValue.Of("pemetaan", Pemetaan.Name), FindingValue.Of("predikat", predikat.ToLabel()) },
            Policies);
        return new PredikatTerhitung(predikat, ratingHasilKerja, ratingPerilakuKerja, RuleSet.Id, predikatOrganisasi, Pemetaan, explanation);
    }

    public IKuadranRules WithPemetaan(PemetaanRatingPimpinan pemetaan) =>
        Preconditions.CheckNotNull(pemetaan).Equals(Pemetaan) ? this : new KuadranKinerja(RuleSet, _table, pemetaan);

    public override string ToString() => RuleSet.Id.Value + " (" + Pemetaan.Name + ")";
}
