using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>An employee whose box changed since the previous year's map: from which box to which.</summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class PerubahanKotakTalenta : IEquatable<PerubahanKotakTalenta>
{
    internal PerubahanKotakTalenta(Nip nip, KotakTalenta dari, KotakTalenta ke, bool dariCatatan)
    {
        Nip = nip;
        Dari = dari;
        Ke = ke;
        DariCatatan = dariCatatan;
    }

    /// <summary>The employee's NIP.</summary>
    public Nip Nip { get; }

    /// <summary>The box in the previous year's map.</summary>
    public KotakTalenta Dari { get; }

    /// <summary>The box in this year's map.</summary>
    public KotakTalenta Ke { get; }

    /// <summary>
    /// True when <see cref="Dari"/> is the box recorded in the input (<see cref="DataTalentaPegawai.KotakTahunSebelumnya"/>);
    /// false when it was computed from the previous year's predicates with the same potential.
    /// </summary>
    public bool DariCatatan { get; }

    /// <summary>Whether the employee entered the succession pool (boxes 7–9) this year.</summary>
    public bool MasukKelompokRencanaSuksesi => !Dari.IsKelompokRencanaSuksesi && Ke.IsKelompokRencanaSuksesi;

    /// <summary>Whether the employee left the succession pool this year.</summary>
    public bool KeluarKelompokRencanaSuksesi => Dari.IsKelompokRencanaSuksesi && !Ke.IsKelompokRencanaSuksesi;

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PerubahanKotakTalenta? left, PerubahanKotakTalenta? right) => Equals(left, right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PerubahanKotakTalenta? left, PerubahanKotakTalenta? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PerubahanKotakTalenta? other) =>
        other is not null && Nip == other.Nip && Dari == other.Dari && Ke == other.Ke && DariCatatan == other.DariCatatan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PerubahanKotakTalenta);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, Dari, Ke, DariCatatan);

    /// <summary><c>NIP: Kotak 5 → Kotak 8</c>, invariant.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: {1} -> {2}", Nip, Dari, Ke);
}
