using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// The placement of one employee in the talent map of a year: the box, the two levels that chose it, the follow-up
/// it calls for, the explanation (rule set, table cell, inputs, policies, source), and what produced it (the rule set,
/// its options and the employee's data), so it can be recomputed.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the rule set, NIP, year, box and explanation.</remarks>
public sealed class PenempatanTalenta : IEquatable<PenempatanTalenta>
{
    internal PenempatanTalenta(RuleSetId ruleSet, PetaTalentaOptions options, DataTalentaPegawai pegawai, int tahun, KotakTalenta kotak, Explanation explanation)
    {
        RuleSet = ruleSet;
        Options = options;
        Pegawai = pegawai;
        Tahun = tahun;
        Kotak = kotak;
        Explanation = explanation;
    }

    /// <summary>The rule set whose rules placed the employee.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The policies the rules were configured with.</summary>
    public PetaTalentaOptions Options { get; }

    /// <summary>The employee's data the placement was made from.</summary>
    public DataTalentaPegawai Pegawai { get; }

    /// <summary>The employee's NIP.</summary>
    public Nip Nip => Pegawai.Nip;

    /// <summary>The year of the map.</summary>
    public int Tahun { get; }

    /// <summary>The box.</summary>
    public KotakTalenta Kotak { get; }

    /// <summary>The performance level after the mapping and combination policies.</summary>
    public Ekspektasi Kinerja => Kotak.Kinerja;

    /// <summary>The potential level after the cut-off policy (when the potential was a score).</summary>
    public TingkatPotensial Potensial => Kotak.Potensial;

    /// <summary>Whether the employee is in the succession pool (boxes 7–9).</summary>
    public bool IsKelompokRencanaSuksesi => Kotak.IsKelompokRencanaSuksesi;

    /// <summary>The follow-up recommendations of the box.</summary>
    public ImmutableArray<RekomendasiTindakLanjut> Rekomendasi => Kotak.Rekomendasi;

    /// <summary>How the placement was reached.</summary>
    public Explanation Explanation { get; }

    /// <summary>Whether two placements are equal.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenempatanTalenta? left, PenempatanTalenta? right) => Equals(left, right);

    /// <summary>Whether two placements differ.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenempatanTalenta? left, PenempatanTalenta? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PenempatanTalenta? other) =>
        other is not null && RuleSet == other.RuleSet && Nip == other.Nip && Tahun == other.Tahun && Kotak == other.Kotak && Explanation == other.Explanation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenempatanTalenta);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleSet, Nip, Tahun, Kotak);

    /// <summary><c>NIP 2024: Kotak 7</c>, invariant.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip.ToString() + " " + Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Kotak.ToString();
}
