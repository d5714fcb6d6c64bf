namespace AsnKinerja;

/// <summary>
/// What a body of rules decides. One regulation may govern several domains (PermenPANRB 6/2022 governs the SKP,
/// cascading and the quadrant); each domain has its own rules interface, e.g. <c>ISkpRules</c>.
/// </summary>
/// <remarks>The numeric values are not a wire format.</remarks>
public enum RuleDomain
{
    /// <summary>The SKP's content and deadlines (<c>ISkpRules</c>, PermenPANRB 6/2022).</summary>
    Skp = 1,

    /// <summary>Cascading and alignment of results (PermenPANRB 6/2022).</summary>
    Cascading = 2,

    /// <summary>The performance quadrant and the leader rule (PermenPANRB 6/2022 and SE MenPANRB 3/2023).</summary>
    Kuadran = 3,

    /// <summary>Distribution patterns: headcount ranges, the unit check, calibration and the bulk engine (SE MenPANRB 3/2023).</summary>
    Distribusi = 4,

    /// <summary>Converting predicates into <em>angka kredit</em> (PermenPANRB 1/2023, Peraturan BKN 3/2023).</summary>
    AngkaKredit = 5,

    /// <summary>The BerAKHLAK catalogue and the behaviour rules (SE MenPANRB 20/2021).</summary>
    PerilakuKerja = 6,

    /// <summary>The nine-box talent map (PermenPANRB 3/2020, amended by PermenPANRB 20/2025).</summary>
    PetaTalenta = 7,
}
