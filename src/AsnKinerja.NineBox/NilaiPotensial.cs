using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>
/// An employee's potential as the agency has it: either a level decided directly (<see cref="FromTingkat"/>) or a
/// 0–100 score from a competency and potential assessment (<see cref="FromSkor"/>), which the cut-off policy
/// (<see cref="PetaTalentaOptions.GetTingkatPotensial"/>) turns into a level; optionally with where it comes from
/// (<see cref="Sumber"/>), which PermenPANRB 20/2025 asks about.
/// </summary>
/// <remarks>
/// <c>default(NilaiPotensial)</c> is empty (<see cref="IsEmpty"/>) and rejected by every API. Equality compares the
/// kind, the value (scores by decimal value, so 80 equals 80.0) and the source. Immutable and thread-safe.
/// </remarks>
public readonly struct NilaiPotensial : IEquatable<NilaiPotensial>
{
    private readonly TingkatPotensial _tingkat;
    private readonly decimal _skor;
    private readonly bool _isSkor;
    private readonly SumberPotensial _sumber;

    private NilaiPotensial(TingkatPotensial tingkat, decimal skor, bool isSkor, SumberPotensial? sumber)
    {
        _tingkat = tingkat;
        _skor = skor;
        _isSkor = isSkor;
        _sumber = sumber is { } s ? Preconditions.CheckDefined(s, nameof(sumber)) : 0;
    }

    /// <summary>Whether this is <c>default(NilaiPotensial)</c>, which holds no potential.</summary>
    public bool IsEmpty => !_isSkor && _tingkat == 0;

    /// <summary>Whether the potential is a score (otherwise a level, or empty).</summary>
    public bool IsSkor => _isSkor;

    /// <summary>The level when given directly; null for a score or the empty value.</summary>
    public TingkatPotensial? Tingkat => _isSkor || _tingkat == 0 ? null : _tingkat;

    /// <summary>The score when given as a score; null otherwise.</summary>
    public decimal? Skor => _isSkor ? _skor : null;

    /// <summary>Where the potential comes from, or null when not stated.</summary>
    public SumberPotensial? Sumber => _sumber == 0 ? null : _sumber;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NilaiPotensial left, NilaiPotensial right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(NilaiPotensial left, NilaiPotensial right) => !left.Equals(right);

    /// <summary>A potential level decided directly.</summary>
    /// <param name="tingkat">The level.</param>
    /// <param name="sumber">Where it comes from; null when not stated.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tingkat"/> or <paramref name="sumber"/> is not a defined member.</exception>
    public static NilaiPotensial FromTingkat(TingkatPotensial tingkat, SumberPotensial? sumber = null) => new(Preconditions.CheckDefined(tingkat), 0m, isSkor: false, sumber);

    /// <summary>A potential score, 0 to 100.</summary>
    /// <param name="skor">The score.</param>
    /// <param name="sumber">Where it comes from; null when not stated.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skor"/> is outside 0..100, or <paramref name="sumber"/> is not a defined member.</exception>
    public static NilaiPotensial FromSkor(decimal skor, SumberPotensial? sumber = null) => new(0, Preconditions.CheckRange(skor, 0m, 100m), isSkor: true, sumber);

    /// <summary>The level under the options' cut-off policy (a directly given level is returned as is).</summary>
    /// <param name="options">The policies; null for <see cref="PetaTalentaOptions.Default"/>.</param>
    /// <returns>The level.</returns>
    /// <exception cref="InvalidOperationException">The value is empty.</exception>
    public TingkatPotensial ToTingkat(PetaTalentaOptions? options = null)
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException("The potential is empty (default).");
        }

        return _isSkor ? (options ?? PetaTalentaOptions.Default).GetTingkatPotensial(_skor) : _tingkat;
    }

    /// <inheritdoc />
    public bool Equals(NilaiPotensial other) => _isSkor == other._isSkor && _tingkat == other._tingkat && _skor == other._skor && _sumber == other._sumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NilaiPotensial other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_isSkor, _tingkat, _skor, _sumber);

    /// <summary><c>Tinggi</c>, <c>skor 82.5</c> (invariant), with <c> (AssessmentCenter)</c> when the source is stated; empty for <c>default</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        var text = _isSkor ? "skor " + _skor.ToString(CultureInfo.InvariantCulture) : _tingkat == 0 ? string.Empty : _tingkat.ToLabel();
        return _sumber == 0 || IsEmpty ? text : text + " (" + _sumber.ToString() + ")";
    }
}
