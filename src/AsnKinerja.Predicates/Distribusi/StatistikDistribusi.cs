using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// How far a set of units (a unit, an agency, a whole dataset) is from its patterns, in numbers: counts and shares per
/// predicate, verdicts per status, the share of units that fail, and the distance of each unit (the fewest changes that
/// would meet its pattern, as a share of the unit).
/// </summary>
/// <remarks>Immutable and thread-safe. Pooled units are counted once, in the parent that judged them.</remarks>
public sealed class StatistikDistribusi
{
    private StatistikDistribusi(
        JumlahPredikat jumlah, ImmutableDictionary<StatusDistribusi, int> unitPerStatus, int unitDinilai, int unitGagal, int perubahanMinimum, decimal? rataRataJarak)
    {
        Jumlah = jumlah;
        UnitPerStatus = unitPerStatus;
        UnitDinilai = unitDinilai;
        UnitGagal = unitGagal;
        PerubahanMinimum = perubahanMinimum;
        RataRataJarak = rataRataJarak;
    }

    /// <summary>The employees' predicates, summed over every judged unit (pooled units are inside their parent's counts).</summary>
    public JumlahPredikat Jumlah { get; }

    /// <summary>The number of units with each verdict.</summary>
    public ImmutableDictionary<StatusDistribusi, int> UnitPerStatus { get; }

    /// <summary>The number of units judged on their own (not empty, not pooled).</summary>
    public int UnitDinilai { get; }

    /// <summary>The number of judged units that fail (not met, or not possible).</summary>
    public int UnitGagal { get; }

    /// <summary>The share of judged units that fail (0 to 1); 0 when no unit was judged.</summary>
    public decimal ProporsiUnitGagal => UnitDinilai == 0 ? 0m : (decimal)UnitGagal / UnitDinilai;

    /// <summary>The fewest predicate changes that would make every feasible unit meet its pattern.</summary>
    public int PerubahanMinimum { get; }

    /// <summary>The mean distance from the pattern over judged, feasible units (0 to 1); null when there is none.</summary>
    public decimal? RataRataJarak { get; }

    /// <summary>Aggregates unit verdicts.</summary>
    /// <param name="hasil">The verdicts.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hasil"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An element is null, the judged units hold more than <see cref="int.MaxValue"/> (2,147,483,647) employees in
    /// total, or there are more than <see cref="int.MaxValue"/> verdicts (the counts are <see cref="int"/>s).
    /// </exception>
    public static StatistikDistribusi From(IEnumerable<PemeriksaanDistribusiResult> hasil)
    {
        var total = default(JumlahPredikat);
        var perStatus = new Dictionary<StatusDistribusi, int>();
        int judged = 0, failed = 0, changes = 0, feasible = 0;
        long verdicts = 0;
        decimal distance = 0m;
        foreach (var h in Preconditions.CheckNotNull(hasil))
        {
            Preconditions.CheckArgument(h is not null, nameof(hasil), "Verdicts must not contain null.");
            Preconditions.CheckArgument(++verdicts <= int.MaxValue, nameof(hasil), "More than 2147483647 (int.MaxValue) verdicts.");
            perStatus[h.Status] = perStatus.TryGetValue(h.Status, out var c) ? c + 1 : 1;
            if (h.Status is StatusDistribusi.Digabung)
            {
                continue;
            }

            // Judged units' employees are at most int.MaxValue together, so the judged, failed and feasible unit
            // counts and the changes (each at most a unit's size) cannot overflow either.
            Preconditions.CheckArgument(
                (long)total.Total + h.Jumlah.Total <= int.MaxValue,
                nameof(hasil),
                string.Format(CultureInfo.InvariantCulture, "The verdicts hold more than {0} (int.MaxValue) employees in total.", int.MaxValue));
            total = total.Add(h.Jumlah);
            if (h.Status is StatusDistribusi.Kosong)
            {
                continue;
            }

            judged++;
            if (h.Status is StatusDistribusi.TidakMemenuhi or StatusDistribusi.TidakMungkin)
            {
                failed++;
            }

            if (h.PerubahanMinimum is { } m)
            {
                changes += m;
                feasible++;
                distance += h.JarakKePola!.Value;
            }
        }

        return new StatistikDistribusi(total, perStatus.ToImmutableDictionary(), judged, failed, changes, feasible == 0 ? null : distance / feasible);
    }

    /// <summary>A one-paragraph summary in Bahasa Indonesia or English.</summary>
    /// <param name="culture">The culture (English for English cultures, Bahasa Indonesia otherwise).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Describe(CultureInfo culture)
    {
        var shares = string.Join(", ", Enumerable.Range(1, 5).Reverse().Select(p => string.Format(CultureInfo.InvariantCulture, "{0} {1:0.0}%", BatasanDistribusi.Short((PredikatKinerja)p), Jumlah.Persentase((PredikatKinerja)p))));
        return Localization.Choose(
            culture,
            string.Format(CultureInfo.InvariantCulture, "{0} pegawai ({1}); {2} dari {3} unit yang dinilai tidak memenuhi pola ({4:0.0}%); paling sedikit {5} predikat perlu berubah.", Jumlah.Total, shares, UnitGagal, UnitDinilai, ProporsiUnitGagal * 100m, PerubahanMinimum),
            string.Format(CultureInfo.InvariantCulture, "{0} employees ({1}); {2} of {3} judged units do not meet their pattern ({4:0.0}%); at least {5} predicates would have to change.", Jumlah.Total, shares, UnitGagal, UnitDinilai, ProporsiUnitGagal * 100m, PerubahanMinimum));
    }
}
