using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// A distribution pattern (<em>pola distribusi</em>): the constraints that one organisation predicate sets on the share
/// of each employee predicate in a unit. Under SE MenPANRB 3/2023 (the circular often cited as "SE 1/2023") the
/// pattern is guidance for the PPK (<em>sebagai pertimbangan</em>), not a mechanical quota.
/// </summary>
/// <remarks>
/// <para>The five patterns of SE MenPANRB 3/2023 (<see cref="DistribusiRules.SeMenPanRb3Tahun2023"/>; SB Sangat Baik,
/// B Baik, BP Butuh Perbaikan, K Kurang/Misconduct, SK Sangat Kurang):</para>
/// <list type="bullet">
/// <item>Istimewa: most are SB; SB ≤ 70%.</item>
/// <item>Baik: most are B; B ≤ 70%; at least one BP or K.</item>
/// <item>Butuh Perbaikan: most are BP; SB ≤ 10%; BP ≥ 60%.</item>
/// <item>Kurang: most are K; SB ≤ 10%; K ≥ 60%; BP ≥ 10%.</item>
/// <item>Sangat Kurang: most are SK; SK ≥ 60%; K + BP ≥ 10%; no SB.</item>
/// </list>
/// <para>
/// A caller's own rule set (an agency variant, a draft circular) builds its patterns with <see cref="Create"/> and
/// gives them to <see cref="DistribusiRules.Create"/>. Immutable and thread-safe. Groups of more than one predicate
/// never overlap (checked by <see cref="Create"/>), so allowed ranges are exact.
/// </para>
/// </remarks>
public sealed class PolaDistribusi
{
    private PolaDistribusi(PredikatKinerjaOrganisasi predikatOrganisasi, BatasanDistribusi dominan, IEnumerable<BatasanDistribusi> hard)
    {
        PredikatOrganisasi = predikatOrganisasi;
        KelompokDominan = dominan.Kelompok[0];
        Batasan = ImmutableArray.Create(dominan).AddRange(hard);
    }

    /// <summary>The organisation predicate that chooses this pattern.</summary>
    public PredikatKinerjaOrganisasi PredikatOrganisasi { get; }

    /// <summary>The dominant group ("most are …").</summary>
    public PredikatKinerja KelompokDominan { get; }

    /// <summary>The constraints: the dominant group first, then the hard constraints in the order given.</summary>
    public ImmutableArray<BatasanDistribusi> Batasan { get; }

    /// <summary>Creates a pattern.</summary>
    /// <param name="predikatOrganisasi">The organisation predicate that chooses it.</param>
    /// <param name="batasan">
    /// The constraints: exactly one <see cref="BatasanDistribusi.Dominan"/> and any number of hard ones (caps, floors,
    /// "must exist", forbidden), in the order the pattern states them.
    /// </param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batasan"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The organisation predicate is undefined, a constraint is null, there is not exactly one dominant group, or two groups
    /// of more than one predicate overlap without being the same group; the message lists every problem.
    /// </exception>
    public static PolaDistribusi Create(PredikatKinerjaOrganisasi predikatOrganisasi, IEnumerable<BatasanDistribusi> batasan)
    {
        var list = Preconditions.CheckNotNull(batasan).ToList();
        var errors = new List<string>();
        if (!Preconditions.IsDefined(predikatOrganisasi))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "The organisation predicate is undefined ({0}).", (int)predikatOrganisasi));
        }

        if (list.Contains(null!))
        {
            errors.Add("The constraints must not contain null.");
        }

        var given = list.Where(b => b is not null).ToList();
        var dominant = given.Where(b => b.Jenis == JenisBatasan.Dominan).ToList();
        if (dominant.Count != 1)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "A pattern has exactly one dominant group (BatasanDistribusi.Dominan); {0} given.", dominant.Count));
        }

        var groups = given.Where(b => b.Kelompok.Length > 1).Select(b => (b.Mask, Label: b.KelompokLabel)).Distinct().ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if ((groups[i].Mask & groups[j].Mask) != 0)
                {
                    errors.Add(string.Format(CultureInfo.InvariantCulture, "The groups {0} and {1} overlap: groups of more than one predicate must be the same or have no predicate in common.", groups[i].Label, groups[j].Label));
                }
            }
        }

        Preconditions.CheckArgument(errors.Count == 0, nameof(batasan), "Invalid distribution pattern: " + string.Join(" ", errors));
        return new PolaDistribusi(predikatOrganisasi, dominant[0], given.Where(b => b.IsHard));
    }

    /// <summary>The organisation predicate's label and the constraints.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => PredikatOrganisasi.ToLabel() + ": " + string.Join("; ", Batasan.Select(b => b.Describe(Language.Indonesian)));
}
