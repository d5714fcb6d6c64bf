using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// The talent map of a unit or agency for one year: every placement, the count per box, the succession pool, the
/// employees whose box changed since the previous year, the findings, and the rule set and options that produced it.
/// </summary>
/// <remarks>
/// Built by <see cref="IPetaTalentaRules.EvaluateUnit"/>. Every part is ordered deterministically and does not depend
/// on the order of the input: placements, changes and findings by NIP; the succession pool by box (highest first),
/// then NIP. Immutable and thread-safe.
/// </remarks>
public sealed class PetaTalentaUnit
{
    internal PetaTalentaUnit(
        RuleSetId ruleSet,
        PetaTalentaOptions options,
        int tahun,
        ImmutableArray<PenempatanTalenta> penempatan,
        ImmutableArray<PerubahanKotakTalenta> perubahan,
        ImmutableArray<Finding> findings,
        ImmutableArray<AppliedPolicy> policies)
    {
        RuleSet = ruleSet;
        Options = options;
        Tahun = tahun;
        Penempatan = penempatan;
        Perubahan = perubahan;
        Findings = findings;
        Policies = policies;
        var counts = new int[10];
        foreach (var p in penempatan)
        {
            counts[p.Kotak.Nomor]++;
        }

        JumlahPerKotak = ImmutableSortedDictionary.CreateRange(KotakTalenta.All.Select(k => new KeyValuePair<KotakTalenta, int>(k, counts[k.Nomor])));
        KelompokRencanaSuksesi = penempatan.Where(p => p.IsKelompokRencanaSuksesi).OrderByDescending(p => p.Kotak).ThenBy(p => p.Nip).ToImmutableArray();
    }

    /// <summary>The rule set whose rules made the map.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The policies the rules were configured with.</summary>
    public PetaTalentaOptions Options { get; }

    /// <summary>The year of the map.</summary>
    public int Tahun { get; }

    /// <summary>Every employee placed, by NIP. Employees with an error finding are not placed.</summary>
    public ImmutableArray<PenempatanTalenta> Penempatan { get; }

    /// <summary>The number of employees placed.</summary>
    public int JumlahPegawai => Penempatan.Length;

    /// <summary>The number of employees in each of the nine boxes (zero included), by ASN box number.</summary>
    public ImmutableSortedDictionary<KotakTalenta, int> JumlahPerKotak { get; }

    /// <summary>The succession pool (<em>kelompok rencana suksesi</em>, boxes 7–9): box 9 first, then 8, then 7; by NIP within a box.</summary>
    public ImmutableArray<PenempatanTalenta> KelompokRencanaSuksesi { get; }

    /// <summary>The employees whose box differs from the previous year's, by NIP.</summary>
    public ImmutableArray<PerubahanKotakTalenta> Perubahan { get; }

    /// <summary>The findings: first those about the whole map (empty subject), then per employee by NIP, in rule order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The findings as a <see cref="ValidationResult"/>.</summary>
    public ValidationResult Validation => new(Findings);

    /// <summary>The policies in force for this map (those of the rule set's rules, <see cref="IRules.Policies"/>).</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>The number of employees in a box.</summary>
    /// <param name="kotak">The box.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException"><paramref name="kotak"/> is empty.</exception>
    public int GetJumlah(KotakTalenta kotak)
    {
        Preconditions.CheckArgument(!kotak.IsEmpty, nameof(kotak), "The talent box is empty (default).");
        return JumlahPerKotak[kotak];
    }
}
