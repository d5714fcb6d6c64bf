using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// The rule sets the library knows, answering "which rule set applies on this date" per domain.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Within one domain the effective ranges never overlap, so at most one rule set
/// applies on a date. <see cref="Default"/> holds the regulations this version encodes; a new regulation
/// arrives as a new rule set in a new package version and the old ones stay.
/// </remarks>
public sealed class RuleSetRegistry
{
    /// <summary>The rule sets encoded by this version of the library.</summary>
    public static RuleSetRegistry Default { get; } = new(new[]
    {
        new RuleSet(
            RuleSetId.PermenPanRb6Tahun2022,
            RuleDomain.PengelolaanKinerja,
            "PermenPANRB 6/2022",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
            new LocalDate(2022, 1, 1),
            null,
            new[] { "Permen PANRB 6/2022", "PermenPAN-RB No. 6 Tahun 2022" }),
        new RuleSet(
            RuleSetId.SeMenPanRb3Tahun2023,
            RuleDomain.PenetapanPredikat,
            "SE MenPANRB 3/2023",
            "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023 tentang Tata Cara Penetapan Predikat Kinerja Pegawai ASN",
            new LocalDate(2023, 1, 31),
            null,
            new[] { "SE 1/2023", "SE MenPANRB 1/2023", "SE Menteri PANRB Nomor 3 Tahun 2023" }),
        new RuleSet(
            RuleSetId.PermenPanRb1Tahun2023,
            RuleDomain.AngkaKredit,
            "PermenPANRB 1/2023",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2023 tentang Jabatan Fungsional, dengan Peraturan BKN Nomor 3 Tahun 2023",
            new LocalDate(2023, 1, 1),
            null,
            new[] { "Peraturan BKN 3/2023" }),
        new RuleSet(
            RuleSetId.SeMenPanRb20Tahun2021,
            RuleDomain.NilaiDasar,
            "SE MenPANRB 20/2021",
            "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding Aparatur Sipil Negara",
            new LocalDate(2021, 8, 26),
            null,
            new[] { "BerAKHLAK" }),
        new RuleSet(
            RuleSetId.PermenPanRb3Tahun2020,
            RuleDomain.ManajemenTalenta,
            "PermenPANRB 3/2020",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang Manajemen Talenta Aparatur Sipil Negara, sebagaimana diubah dengan PermenPANRB Nomor 20 Tahun 2025",
            new LocalDate(2020, 1, 1),
            null,
            new[] { "PermenPANRB 20/2025", "Manajemen Talenta ASN" }),
    });

    private readonly ImmutableArray<RuleSet> _ruleSets;

    /// <summary>Creates a registry.</summary>
    /// <param name="ruleSets">The rule sets; IDs unique, and effective ranges within a domain not overlapping.</param>
    /// <exception cref="ArgumentException">Two rule sets share an ID, or two in one domain overlap.</exception>
    public RuleSetRegistry(IEnumerable<RuleSet> ruleSets)
    {
        var given = Preconditions.CheckNotNull(ruleSets).ToList();
        Preconditions.CheckArgument(!given.Contains(null!), nameof(ruleSets), "Rule sets must not contain null.");
        _ruleSets = given.OrderBy(r => r.Domain).ThenBy(r => r.EffectiveFrom).ToImmutableArray();
        var ids = new HashSet<RuleSetId>();
        for (var i = 0; i < _ruleSets.Length; i++)
        {
            var r = _ruleSets[i];
            Preconditions.CheckArgument(ids.Add(r.Id), nameof(ruleSets), string.Format(CultureInfo.InvariantCulture, "Duplicate rule set ID '{0}'.", r.Id));
            if (i > 0 && _ruleSets[i - 1].Domain == r.Domain)
            {
                var previous = _ruleSets[i - 1];
                Preconditions.CheckArgument(
                    previous.EffectiveUntil is not null && previous.EffectiveUntil.Value < r.EffectiveFrom,
                    nameof(ruleSets),
                    string.Format(CultureInfo.InvariantCulture, "Rule sets '{0}' and '{1}' overlap in domain {2}.", previous.Id, r.Id, r.Domain));
            }
        }
    }

    /// <summary>All rule sets, by domain and effective date.</summary>
    public ImmutableArray<RuleSet> RuleSets => _ruleSets;

    /// <summary>The rule set with this ID.</summary>
    /// <param name="id">The ID.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="KeyNotFoundException">No rule set has this ID.</exception>
    public RuleSet Get(RuleSetId id) =>
        TryGet(id, out var ruleSet) ? ruleSet : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No rule set with ID '{0}'.", id));

    /// <summary>Tries to find the rule set with this ID.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="ruleSet">The rule set when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(RuleSetId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleSet? ruleSet)
    {
        ruleSet = _ruleSets.FirstOrDefault(r => r.Id == id);
        return ruleSet is not null;
    }

    /// <summary>The rule set of a domain that applies on a date, or null when none does (for example a date before the regulation).</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="date">The date of the decision.</param>
    /// <returns>The rule set, or null.</returns>
    public RuleSet? FindApplicable(RuleDomain domain, LocalDate date)
    {
        Preconditions.CheckDefined(domain);
        return _ruleSets.FirstOrDefault(r => r.Domain == domain && r.AppliesOn(date));
    }
}
