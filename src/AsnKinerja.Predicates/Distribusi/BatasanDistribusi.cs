using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>The kind of a distribution constraint.</summary>
public enum JenisBatasan
{
    /// <summary>A cap: the group holds at most a percentage of the unit.</summary>
    Maksimum = 1,

    /// <summary>A floor: the group holds at least a percentage of the unit.</summary>
    Minimum = 2,

    /// <summary>The group must exist: at least one employee.</summary>
    WajibAda = 3,

    /// <summary>The group is forbidden: nobody may hold it.</summary>
    Dilarang = 4,

    /// <summary>The group is the dominant one ("most are …"): a softer, advisory constraint.</summary>
    Dominan = 5,
}

/// <summary>
/// One constraint of a distribution pattern: its kind, the predicates it counts together, the percentage where it has
/// one, and the source. Built with <see cref="Maksimum"/>, <see cref="Minimum"/>, <see cref="WajibAda"/>,
/// <see cref="Dilarang"/> or <see cref="Dominan"/>, then gathered into a <see cref="PolaDistribusi"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares kind, group and percentage.</remarks>
public sealed class BatasanDistribusi : IEquatable<BatasanDistribusi>
{
    private BatasanDistribusi(JenisBatasan jenis, IEnumerable<PredikatKinerja> kelompok, int persen, RegulationReference source)
    {
        Jenis = jenis;
        Kelompok = kelompok.OrderByDescending(p => p).ToImmutableArray();
        KelompokLabel = string.Join("+", Kelompok.Select(Short));
        Persen = persen;
        Source = source;
        foreach (var p in Kelompok)
        {
            Mask |= 1 << (int)p;
        }

        Uraian = new LocalizedText(Describe(Language.Indonesian), Describe(Language.English));
    }

    /// <summary>The description in both languages, made once: every verdict's explanation of the constraint carries it.</summary>
    internal LocalizedText Uraian { get; }

    /// <summary>The kind.</summary>
    public JenisBatasan Jenis { get; }

    /// <summary>The predicates counted together, best first.</summary>
    public ImmutableArray<PredikatKinerja> Kelompok { get; }

    /// <summary>The percentage of the unit for <see cref="JenisBatasan.Maksimum"/> and <see cref="JenisBatasan.Minimum"/>; 0 otherwise.</summary>
    public int Persen { get; }

    /// <summary>The source.</summary>
    public RegulationReference Source { get; }

    /// <summary>Whether the constraint is hard (everything but <see cref="JenisBatasan.Dominan"/>).</summary>
    public bool IsHard => Jenis != JenisBatasan.Dominan;

    /// <summary>The group as short labels joined by <c>+</c>, best first, e.g. <c>BP+K</c>.</summary>
    public string KelompokLabel { get; }

    /// <summary>A stable name, e.g. <c>Maksimum(SB,70%)</c>.</summary>
    public string Name => Jenis is JenisBatasan.Maksimum or JenisBatasan.Minimum
        ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}%)", Jenis, KelompokLabel, Persen)
        : string.Format(CultureInfo.InvariantCulture, "{0}({1})", Jenis, KelompokLabel);

    internal int Mask { get; }

    /// <summary>Whether two constraints are equal.</summary>
    /// <param name="left">The first constraint.</param>
    /// <param name="right">The second constraint.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(BatasanDistribusi? left, BatasanDistribusi? right) => Equals(left, right);

    /// <summary>Whether two constraints differ.</summary>
    /// <param name="left">The first constraint.</param>
    /// <param name="right">The second constraint.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(BatasanDistribusi? left, BatasanDistribusi? right) => !Equals(left, right);

    /// <summary>A cap: the group holds at most a percentage of the unit.</summary>
    /// <param name="persen">The percentage, 0 to 100.</param>
    /// <param name="source">The regulation the constraint rests on.</param>
    /// <param name="kelompok">The predicates counted together: at least one, each defined and named once.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="kelompok"/> is null.</exception>
    /// <exception cref="ArgumentException">The percentage is outside 0–100 or the group is empty, has an undefined predicate or names one twice; the message lists every problem.</exception>
    public static BatasanDistribusi Maksimum(int persen, RegulationReference source, params PredikatKinerja[] kelompok) => Create(JenisBatasan.Maksimum, kelompok, persen, source);

    /// <summary>A floor: the group holds at least a percentage of the unit.</summary>
    /// <param name="persen">The percentage, 0 to 100.</param>
    /// <param name="source">The regulation the constraint rests on.</param>
    /// <param name="kelompok">The predicates counted together: at least one, each defined and named once.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="kelompok"/> is null.</exception>
    /// <exception cref="ArgumentException">The percentage is outside 0–100 or the group is empty, has an undefined predicate or names one twice; the message lists every problem.</exception>
    public static BatasanDistribusi Minimum(int persen, RegulationReference source, params PredikatKinerja[] kelompok) => Create(JenisBatasan.Minimum, kelompok, persen, source);

    /// <summary>The group must exist: at least one employee of the unit holds one of its predicates.</summary>
    /// <param name="source">The regulation the constraint rests on.</param>
    /// <param name="kelompok">The predicates counted together: at least one, each defined and named once.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="kelompok"/> is null.</exception>
    /// <exception cref="ArgumentException">The group is empty, has an undefined predicate or names one twice; the message lists every problem.</exception>
    public static BatasanDistribusi WajibAda(RegulationReference source, params PredikatKinerja[] kelompok) => Create(JenisBatasan.WajibAda, kelompok, 0, source);

    /// <summary>The group is forbidden: nobody in the unit may hold one of its predicates.</summary>
    /// <param name="source">The regulation the constraint rests on.</param>
    /// <param name="kelompok">The predicates counted together: at least one, each defined and named once.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="kelompok"/> is null.</exception>
    /// <exception cref="ArgumentException">The group is empty, has an undefined predicate or names one twice; the message lists every problem.</exception>
    public static BatasanDistribusi Dilarang(RegulationReference source, params PredikatKinerja[] kelompok) => Create(JenisBatasan.Dilarang, kelompok, 0, source);

    /// <summary>The dominant group ("most are …"): an advisory constraint on one predicate, read under <see cref="MaknaSebagianBesar"/>.</summary>
    /// <param name="predikat">The dominant predicate.</param>
    /// <param name="source">The regulation the constraint rests on.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The predicate is undefined.</exception>
    public static BatasanDistribusi Dominan(PredikatKinerja predikat, RegulationReference source) => Create(JenisBatasan.Dominan, new[] { predikat }, 0, source);

    /// <summary>The short label of a predicate: SK, K, BP, B or SB.</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The short label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
    public static string Short(PredikatKinerja predikat) => Preconditions.CheckDefined(predikat) switch
    {
        PredikatKinerja.SangatKurang => "SK",
        PredikatKinerja.KurangMisconduct => "K",
        PredikatKinerja.ButuhPerbaikan => "BP",
        PredikatKinerja.Baik => "B",
        _ => "SB",
    };

    /// <summary>The number of employees of the group in a unit.</summary>
    /// <param name="jumlah">The unit's counts.</param>
    /// <returns>The group's headcount.</returns>
    public int Count(JumlahPredikat jumlah)
    {
        var sum = 0;
        foreach (var p in Kelompok)
        {
            sum += jumlah[p];
        }

        return sum;
    }

    /// <summary>The description in a language, e.g. <c>SB paling banyak 70%</c> or <c>SB at most 70%</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string Describe(Language language) => Preconditions.CheckDefined(language) == Language.English
        ? Jenis switch
        {
            JenisBatasan.Maksimum => string.Format(CultureInfo.InvariantCulture, "{0} at most {1}%", KelompokLabel, Persen),
            JenisBatasan.Minimum => string.Format(CultureInfo.InvariantCulture, "{0} at least {1}%", KelompokLabel, Persen),
            JenisBatasan.WajibAda => string.Format(CultureInfo.InvariantCulture, "{0} must exist (at least one employee)", KelompokLabel),
            JenisBatasan.Dilarang => string.Format(CultureInfo.InvariantCulture, "no {0} at all", KelompokLabel),
            _ => string.Format(CultureInfo.InvariantCulture, "most employees are {0}", KelompokLabel),
        }
        : Jenis switch
        {
            JenisBatasan.Maksimum => string.Format(CultureInfo.InvariantCulture, "{0} paling banyak {1}%", KelompokLabel, Persen),
            JenisBatasan.Minimum => string.Format(CultureInfo.InvariantCulture, "{0} paling sedikit {1}%", KelompokLabel, Persen),
            JenisBatasan.WajibAda => string.Format(CultureInfo.InvariantCulture, "{0} wajib ada (paling sedikit satu orang)", KelompokLabel),
            JenisBatasan.Dilarang => string.Format(CultureInfo.InvariantCulture, "{0} tidak boleh ada", KelompokLabel),
            _ => string.Format(CultureInfo.InvariantCulture, "sebagian besar pegawai berpredikat {0}", KelompokLabel),
        };

    /// <inheritdoc />
    public bool Equals(BatasanDistribusi? other) => other is not null && Jenis == other.Jenis && Mask == other.Mask && Persen == other.Persen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BatasanDistribusi);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jenis, Mask, Persen);

    /// <summary>The stable name.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Name;

    private static BatasanDistribusi Create(JenisBatasan jenis, PredikatKinerja[] kelompok, int persen, RegulationReference source)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(kelompok);
        var errors = new List<string>();
        if (persen is < 0 or > 100)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "The percentage must be between 0 and 100 (was {0}).", persen));
        }

        if (kelompok.Length == 0)
        {
            errors.Add("The group must name at least one predicate.");
        }

        foreach (var p in kelompok.Where(p => !Preconditions.IsDefined(p)).Distinct())
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "The group names an undefined predicate ({0}).", (int)p));
        }

        foreach (var p in kelompok.Where(p => Preconditions.IsDefined(p)).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "The group names {0} more than once.", p));
        }

        Preconditions.CheckArgument(errors.Count == 0, nameof(kelompok), "Invalid " + jenis + " constraint: " + string.Join(" ", errors));
        return new BatasanDistribusi(jenis, kelompok, persen, source);
    }
}
