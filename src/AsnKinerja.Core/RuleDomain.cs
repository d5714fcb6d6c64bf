namespace AsnKinerja;

/// <summary>What a rule set governs. At most one rule set per domain applies on any date.</summary>
public enum RuleDomain
{
    /// <summary>Performance management: SKP, cascading, evaluation and the quadrant (PermenPANRB 6/2022).</summary>
    PengelolaanKinerja = 1,

    /// <summary>Setting predicates: organisation predicate and distribution patterns (SE MenPANRB 3/2023).</summary>
    PenetapanPredikat = 2,

    /// <summary>Converting predicates into <em>angka kredit</em> (PermenPANRB 1/2023).</summary>
    AngkaKredit = 3,

    /// <summary>The core values and behaviour guides (SE MenPANRB 20/2021).</summary>
    NilaiDasar = 4,

    /// <summary>Talent management and the nine-box (PermenPANRB 3/2020).</summary>
    ManajemenTalenta = 5,
}
