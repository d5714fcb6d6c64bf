using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// A position: its kind and, for a functional position, its level. Structural positions have no level.
/// </summary>
/// <remarks>
/// Built only through <see cref="Struktural"/> and <see cref="Fungsional"/>, so a functional position always has
/// a level and a structural one never does. <c>default(Jabatan)</c> is the unset position (<see cref="IsUnset"/>),
/// which the SKP builder rejects. Equality compares kind and level. Immutable and thread-safe.
/// </remarks>
public readonly struct Jabatan : IEquatable<Jabatan>
{
    private readonly JenisJabatan _jenis;
    private readonly JenjangFungsional _jenjang;

    private Jabatan(JenisJabatan jenis, JenjangFungsional jenjang)
    {
        _jenis = jenis;
        _jenjang = jenjang;
    }

    /// <summary>Whether this is <c>default(Jabatan)</c>.</summary>
    public bool IsUnset => _jenis == 0;

    /// <summary>The kind of position.</summary>
    /// <exception cref="InvalidOperationException">The position is unset.</exception>
    public JenisJabatan Jenis => IsUnset ? throw new InvalidOperationException("The position is unset (default).") : _jenis;

    /// <summary>The level of a functional position; null for a structural one.</summary>
    public JenjangFungsional? Jenjang => _jenis == JenisJabatan.Fungsional ? _jenjang : null;

    /// <summary>Whether the position is a JPT (Utama, Madya or Pratama): its SKP follows the JPT rules.</summary>
    public bool IsJpt => _jenis is JenisJabatan.JptUtama or JenisJabatan.JptMadya or JenisJabatan.JptPratama;

    /// <summary>
    /// Whether the position is at least <em>pejabat pengawas</em> on the structural ladder (JPT, Administrator or
    /// Pengawas), the minimum for a <em>Pejabat Penilai Kinerja</em> without delegation.
    /// </summary>
    public bool IsAtLeastPengawas => _jenis is >= JenisJabatan.JptUtama and <= JenisJabatan.Pengawas;

    /// <summary>Whether two positions are equal.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Jabatan left, Jabatan right) => left.Equals(right);

    /// <summary>Whether two positions differ.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Jabatan left, Jabatan right) => !left.Equals(right);

    /// <summary>A structural position (JPT, Administrator, Pengawas or Pelaksana).</summary>
    /// <param name="jenis">The kind; not <see cref="JenisJabatan.Fungsional"/>.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenis"/> is undefined or Fungsional.</exception>
    public static Jabatan Struktural(JenisJabatan jenis)
    {
        Preconditions.CheckDefined(jenis);
        if (jenis == JenisJabatan.Fungsional)
        {
            throw new ArgumentOutOfRangeException(nameof(jenis), jenis, "A functional position needs a level: use Jabatan.Fungsional(jenjang).");
        }

        return new Jabatan(jenis, 0);
    }

    /// <summary>A functional position at a level.</summary>
    /// <param name="jenjang">The level.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenjang"/> is undefined.</exception>
    public static Jabatan Fungsional(JenjangFungsional jenjang) => new(JenisJabatan.Fungsional, Preconditions.CheckDefined(jenjang));

    /// <inheritdoc />
    public bool Equals(Jabatan other) => _jenis == other._jenis && _jenjang == other._jenjang;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Jabatan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_jenis, _jenjang);

    /// <summary>The kind, with the level for a functional position.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsUnset ? "(unset)" : Jenjang is { } j ? string.Format(CultureInfo.InvariantCulture, "{0} {1}", _jenis, j) : _jenis.ToString();
}
