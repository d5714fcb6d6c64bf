using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The PPK's assessment of each BerAKHLAK value (<see cref="Ekspektasi"/> per value), the input from which a
/// suggestion policy proposes the overall <em>rating perilaku kerja</em>. A value may be missing: the suggestion then
/// says so (<c>BHV008</c>) instead of assuming anything.
/// </summary>
/// <remarks>
/// There is no official per-value score; the per-value assessment is the PPK's own judgement recorded value by value.
/// Immutable and thread-safe. Equality compares the assessment of every value. <see cref="Kosong"/> has none.
/// </remarks>
public sealed class PenilaianNilaiBerakhlak : IEquatable<PenilaianNilaiBerakhlak>
{
    private const int JumlahNilai = 7;

    // Index = (int)NilaiBerakhlak - 1; 0 = not assessed.
    private readonly ImmutableArray<byte> _penilaian;

    private PenilaianNilaiBerakhlak(ImmutableArray<byte> penilaian)
    {
        _penilaian = penilaian;
    }

    /// <summary>No value assessed.</summary>
    public static PenilaianNilaiBerakhlak Kosong { get; } = new(ImmutableArray.Create(new byte[JumlahNilai]));

    /// <summary>Whether all seven values are assessed.</summary>
    public bool IsLengkap => !_penilaian.Contains((byte)0);

    /// <summary>The values assessed, in the order of the acronym.</summary>
    public ImmutableArray<NilaiBerakhlak> NilaiDinilai => Select(true);

    /// <summary>The values not assessed, in the order of the acronym.</summary>
    public ImmutableArray<NilaiBerakhlak> NilaiBelumDinilai => Select(false);

    /// <summary>Whether two sets of assessments are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenilaianNilaiBerakhlak? left, PenilaianNilaiBerakhlak? right) => Equals(left, right);

    /// <summary>Whether two sets of assessments differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenilaianNilaiBerakhlak? left, PenilaianNilaiBerakhlak? right) => !Equals(left, right);

    /// <summary>Assessments from pairs of value and assessment.</summary>
    /// <param name="penilaian">The pairs; each value at most once.</param>
    /// <returns>The assessments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="penilaian"/> is null.</exception>
    /// <exception cref="ArgumentException">A value appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or an assessment is undefined.</exception>
    public static PenilaianNilaiBerakhlak Create(IEnumerable<KeyValuePair<NilaiBerakhlak, Ekspektasi>> penilaian)
    {
        Preconditions.CheckNotNull(penilaian);
        var result = Kosong;
        foreach (var pair in penilaian)
        {
            Preconditions.CheckArgument(!result.TryGet(Preconditions.CheckDefined(pair.Key, nameof(penilaian)), out _), nameof(penilaian), "A value must be assessed at most once.");
            result = result.With(pair.Key, pair.Value);
        }

        return result;
    }

    /// <summary>Every value given the same assessment.</summary>
    /// <param name="penilaian">The assessment.</param>
    /// <returns>The assessments.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penilaian"/> is undefined.</exception>
    public static PenilaianNilaiBerakhlak Semua(Ekspektasi penilaian)
    {
        var b = (byte)Preconditions.CheckDefined(penilaian);
        return new PenilaianNilaiBerakhlak(ImmutableArray.Create(b, b, b, b, b, b, b));
    }

    /// <summary>
    /// The PPK's assessments read from feedback entries: for each value, the assessment on the latest PPK entry that
    /// carries one. Entries from peers and subordinates are ignored (360° input is not a rating), whatever they carry.
    /// </summary>
    /// <remarks>
    /// The result does not depend on the order of <paramref name="umpanBalik"/>. When two PPK entries on one value
    /// share the latest date, the one with the greater ID (ordinal) wins; when they also share the ID, the lower
    /// assessment wins. Entries are not checked against a period here: <see cref="PerilakuKerjaRules"/> reports
    /// entries outside the SKP period.
    /// </remarks>
    /// <param name="umpanBalik">The feedback entries.</param>
    /// <returns>The assessments; a value with no PPK assessment is not assessed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="umpanBalik"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is null.</exception>
    public static PenilaianNilaiBerakhlak FromUmpanBalik(IEnumerable<UmpanBalik> umpanBalik)
    {
        Preconditions.CheckNotNull(umpanBalik);
        var latest = new UmpanBalik?[JumlahNilai];
        foreach (var u in umpanBalik)
        {
            Preconditions.CheckArgument(u is not null, nameof(umpanBalik), "Entries must not be null.");
            if (!u.IsDariPejabatPenilai || u.Penilaian is null)
            {
                continue;
            }

            var i = (int)u.Nilai - 1;
            if (latest[i] is not { } current || IsLater(u, current))
            {
                latest[i] = u;
            }
        }

        var result = Kosong;
        foreach (var u in latest)
        {
            if (u is not null)
            {
                result = result.With(u.Nilai, u.Penilaian!.Value);
            }
        }

        return result;
    }

    /// <summary>The assessment of a value, or null when it is not assessed.</summary>
    /// <param name="nilai">The value.</param>
    /// <returns>The assessment, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public Ekspektasi? Get(NilaiBerakhlak nilai) => TryGet(nilai, out var e) ? e : null;

    /// <summary>Tries to read the assessment of a value.</summary>
    /// <param name="nilai">The value.</param>
    /// <param name="penilaian">The assessment when the value is assessed.</param>
    /// <returns>Whether the value is assessed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public bool TryGet(NilaiBerakhlak nilai, out Ekspektasi penilaian)
    {
        var b = _penilaian[(int)Preconditions.CheckDefined(nilai) - 1];
        penilaian = (Ekspektasi)b;
        return b != 0;
    }

    /// <summary>A copy with one value assessed (or re-assessed).</summary>
    /// <param name="nilai">The value.</param>
    /// <param name="penilaian">The assessment.</param>
    /// <returns>The new assessments.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined.</exception>
    public PenilaianNilaiBerakhlak With(NilaiBerakhlak nilai, Ekspektasi penilaian) =>
        new(_penilaian.SetItem((int)Preconditions.CheckDefined(nilai) - 1, (byte)Preconditions.CheckDefined(penilaian)));

    /// <summary>A copy with one value no longer assessed.</summary>
    /// <param name="nilai">The value.</param>
    /// <returns>The new assessments.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public PenilaianNilaiBerakhlak Without(NilaiBerakhlak nilai) => new(_penilaian.SetItem((int)Preconditions.CheckDefined(nilai) - 1, 0));

    /// <summary>How many assessed values have a given assessment.</summary>
    /// <param name="penilaian">The assessment.</param>
    /// <returns>The count, 0 to 7.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penilaian"/> is undefined.</exception>
    public int Count(Ekspektasi penilaian)
    {
        var b = (byte)Preconditions.CheckDefined(penilaian);
        return _penilaian.Count(x => x == b);
    }

    /// <inheritdoc />
    public bool Equals(PenilaianNilaiBerakhlak? other) => other is not null && _penilaian.SequenceEqual(other._penilaian);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenilaianNilaiBerakhlak);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = 0;
        foreach (var b in _penilaian)
        {
            h = unchecked((h * 4) + b);
        }

        return h;
    }

    /// <summary><c>BO=Sesuai, AK=DiAtas, KO=-, ...</c> (<c>-</c> for a value not assessed).</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < JumlahNilai; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            var nilai = (NilaiBerakhlak)(i + 1);
            builder.Append(nilai.ToKode()).Append('=').Append(_penilaian[i] == 0 ? "-" : ((Ekspektasi)_penilaian[i]).ToString());
        }

        return builder.ToString();
    }

    internal IEnumerable<FindingValue> ToInputs()
    {
        for (var i = 0; i < JumlahNilai; i++)
        {
            var nilai = (NilaiBerakhlak)(i + 1);
            yield return FindingValue.Of(nilai.ToKode(), _penilaian[i] == 0 ? "-" : ((Ekspektasi)_penilaian[i]).ToString());
        }
    }

    private static bool IsLater(UmpanBalik candidate, UmpanBalik current)
    {
        var c = candidate.Tanggal.CompareTo(current.Tanggal);
        if (c == 0)
        {
            c = string.CompareOrdinal(candidate.Id, current.Id);
        }

        if (c == 0)
        {
            // Same date and ID: the lower assessment wins, so the outcome never depends on input order.
            c = current.Penilaian!.Value.CompareTo(candidate.Penilaian!.Value);
        }

        return c > 0;
    }

    private ImmutableArray<NilaiBerakhlak> Select(bool assessed)
    {
        var builder = ImmutableArray.CreateBuilder<NilaiBerakhlak>();
        for (var i = 0; i < JumlahNilai; i++)
        {
            if ((_penilaian[i] != 0) == assessed)
            {
                builder.Add((NilaiBerakhlak)(i + 1));
            }
        }

        return builder.ToImmutable();
    }
}
