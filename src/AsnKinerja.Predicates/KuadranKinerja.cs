using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The performance quadrant (<em>kuadran kinerja</em>): a decision table from the results rating (rows) and the
/// behaviour rating (columns) to the employee predicate, with exactly one answer per cell. Periodic and annual
/// evaluations both use it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PermenPanRb6Tahun2022"/> is the table of PermenPANRB 6/2022:
/// hasil Di Atas: Kurang/Misconduct, Baik, Sangat Baik; hasil Sesuai: Kurang/Misconduct, Baik, Baik;
/// hasil Di Bawah: Sangat Kurang, Butuh Perbaikan, Butuh Perbaikan (columns perilaku Di Bawah, Sesuai, Di Atas).
/// The predicate never falls when a rating rises.
/// </para>
/// <para>Immutable and thread-safe. A new regulation is a new instance with its own <see cref="RuleSet"/>.</para>
/// </remarks>
public sealed class KuadranKinerja
{
    // Index: (hasil - 1) * 3 + (perilaku - 1).
    private readonly PredikatKinerja[] _table;

    private KuadranKinerja(RuleSetId ruleSet, PredikatKinerja[] table)
    {
        RuleSet = ruleSet;
        _table = table;
        Cells = Enumerable.Range(0, 9)
            .Select(i => new SelKuadran((Ekspektasi)((i / 3) + 1), (Ekspektasi)((i % 3) + 1), table[i]))
            .ToImmutableArray();
    }

    /// <summary>The quadrant of PermenPANRB 6/2022.</summary>
    public static KuadranKinerja PermenPanRb6Tahun2022 { get; } = new(
        RuleSetId.PermenPanRb6Tahun2022,
        new[]
        {
            // hasil Di Bawah: perilaku Di Bawah, Sesuai, Di Atas
            PredikatKinerja.SangatKurang, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.ButuhPerbaikan,

            // hasil Sesuai
            PredikatKinerja.KurangMisconduct, PredikatKinerja.Baik, PredikatKinerja.Baik,

            // hasil Di Atas
            PredikatKinerja.KurangMisconduct, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
        });

    /// <summary>The rule set the table belongs to.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The nine cells, results rating Di Bawah first, then by behaviour rating.</summary>
    public ImmutableArray<SelKuadran> Cells { get; }

    /// <summary>The predicate of a cell, without an explanation (the fast path for bulk use).</summary>
    /// <param name="ratingHasilKerja">The results rating.</param>
    /// <param name="ratingPerilakuKerja">The behaviour rating.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is undefined.</exception>
    public PredikatKinerja GetPredikat(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja)
    {
        Preconditions.CheckDefined(ratingHasilKerja);
        Preconditions.CheckDefined(ratingPerilakuKerja);
        return _table[(((int)ratingHasilKerja - 1) * 3) + (int)ratingPerilakuKerja - 1];
    }

    /// <summary>Evaluates an employee: the predicate of the cell, with its explanation.</summary>
    /// <param name="ratingHasilKerja">The PPK's results rating.</param>
    /// <param name="ratingPerilakuKerja">The PPK's behaviour rating.</param>
    /// <returns>The computed predicate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is undefined.</exception>
    public PredikatTerhitung Evaluate(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja)
    {
        var predikat = GetPredikat(ratingHasilKerja, ratingPerilakuKerja);
        var cell = new SelKuadran(ratingHasilKerja, ratingPerilakuKerja, predikat);
        var explanation = PredicateExplanations.KuadranSel.Create(
            RuleSet,
            cell.Name,
            new[] { FindingValue.Of("ratingHasilKerja", ratingHasilKerja.ToLabel()), FindingValue.Of("ratingPerilakuKerja", ratingPerilakuKerja.ToLabel()) },
            new[] { FindingValue.Of("predikat", predikat.ToLabel()) },
            Array.Empty<AppliedPolicy>());
        return new PredikatTerhitung(predikat, ratingHasilKerja, ratingPerilakuKerja, explanation);
    }

    /// <summary>
    /// Evaluates the head of a unit (the leader rule of SE MenPANRB 3/2023): the unit's organisation predicate becomes
    /// the head's results rating, through a mapping policy, and the quadrant does the rest.
    /// </summary>
    /// <param name="predikatOrganisasi">The unit's organisation predicate.</param>
    /// <param name="ratingPerilakuKerja">The head's behaviour rating.</param>
    /// <param name="pemetaan">The 5→3 mapping; null for <see cref="PemetaanRatingPimpinan.Default"/>.</param>
    /// <returns>The computed predicate; its explanation names the leader rule, the cell and the mapping policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined.</exception>
    public PredikatTerhitung EvaluateKepalaUnit(PredikatKinerjaOrganisasi predikatOrganisasi, Ekspektasi ratingPerilakuKerja, PemetaanRatingPimpinan? pemetaan = null)
    {
        pemetaan ??= PemetaanRatingPimpinan.Default;
        var ratingHasilKerja = pemetaan.Map(predikatOrganisasi);
        var predikat = GetPredikat(ratingHasilKerja, ratingPerilakuKerja);
        var cell = new SelKuadran(ratingHasilKerja, ratingPerilakuKerja, predikat);
        var explanation = PredicateExplanations.AturanKepalaUnit.Create(
            RuleSet,
            "AturanKepalaUnit → " + cell.Name,
            new[]
            {
                FindingValue.Of("predikatOrganisasi", predikatOrganisasi.ToLabel()),
                FindingValue.Of("ratingHasilKerja", ratingHasilKerja.ToLabel()),
                FindingValue.Of("ratingPerilakuKerja", ratingPerilakuKerja.ToLabel()),
            },
            new[] { FindingValue.Of("pemetaan", pemetaan.Name), FindingValue.Of("predikat", predikat.ToLabel()) },
            new[] { pemetaan.AsAppliedPolicy() });
        return new PredikatTerhitung(predikat, ratingHasilKerja, ratingPerilakuKerja, explanation);
    }
}
