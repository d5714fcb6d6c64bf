using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// A named policy that <em>suggests</em> the overall <em>rating perilaku kerja</em> from the PPK's per-value
/// assessments. The rating itself is the PPK's decision: PermenPANRB 6/2022 has no per-value score and no
/// aggregation formula, so every policy here is a library suggestion (<see cref="RegulationNames.KebijakanPustaka"/>,
/// <see cref="Confidence.Low"/>), never the regulation.
/// </summary>
/// <remarks>
/// <para>Well-known policies (the default is <see cref="SatuDiBawah"/>):</para>
/// <list type="bullet">
/// <item><see cref="SatuDiBawah"/>: any value below ⇒ below; otherwise more than half (4 of 7) above ⇒ above; otherwise as expected.</item>
/// <item><see cref="Mayoritas"/>: the level held by more than half of the values (4 of 7); when no level has a majority, the
/// median (the 4th of the 7 assessments in worst-to-best order). The majority level, when there is one, is always the
/// median, so the policy is exactly the median.</item>
/// <item><see cref="SemuaDiAtas"/>: all seven above ⇒ above; any below ⇒ below; otherwise as expected.</item>
/// </list>
/// <para>
/// The three built-in policies are monotone: lowering one value's assessment never raises the suggestion. A custom
/// policy (<see cref="Custom"/>) carries the caller's name and descriptions; the library does not check its laws.
/// Immutable and thread-safe; equality is by <see cref="Name"/> (ordinal).
/// </para>
/// </remarks>
public sealed class KebijakanSaranPerilaku : IEquatable<KebijakanSaranPerilaku>
{
    private readonly Func<SaranPerilakuArguments, Ekspektasi> _rule;

    private KebijakanSaranPerilaku(string name, bool isBuiltIn, LocalizedText uraian, Func<SaranPerilakuArguments, Ekspektasi> rule)
    {
        Name = name;
        IsBuiltIn = isBuiltIn;
        Uraian = uraian;
        _rule = rule;
    }

    /// <summary>"Any value below ⇒ below": the default. Otherwise more than half above ⇒ above; otherwise as expected.</summary>
    public static KebijakanSaranPerilaku SatuDiBawah { get; } = new(
        nameof(SatuDiBawah),
        true,
        new LocalizedText(
            "Bila satu nilai saja Di Bawah Ekspektasi, saran Di Bawah; bila tidak ada yang di bawah dan lebih dari separuh nilai (4 dari 7) Di Atas, saran Di Atas; selain itu Sesuai.",
            "If any value is below expectation, the suggestion is below; if none is below and more than half of the values (4 of 7) are above, above; otherwise as expected."),
        a => a.JumlahDiBawah > 0 ? Ekspektasi.DiBawah : a.JumlahDiAtas * 2 > 7 ? Ekspektasi.DiAtas : Ekspektasi.Sesuai);

    /// <summary>"Majority": the level of more than half of the values; without a majority, the median.</summary>
    public static KebijakanSaranPerilaku Mayoritas { get; } = new(
        nameof(Mayoritas),
        true,
        new LocalizedText(
            "Saran mengikuti tingkat yang dimiliki lebih dari separuh nilai (4 dari 7); bila tidak ada mayoritas (mis. 3-2-2 atau 3-3-1), saran adalah median, yaitu penilaian ke-4 dari 7 bila diurutkan dari terendah ke tertinggi.",
            "The suggestion is the level held by more than half of the values (4 of 7); without a majority (e.g. 3-2-2 or 3-3-1) it is the median, the 4th of the 7 assessments sorted from worst to best."),
        Median);

    /// <summary>"All above ⇒ above, any below ⇒ below, else as expected".</summary>
    public static KebijakanSaranPerilaku SemuaDiAtas { get; } = new(
        nameof(SemuaDiAtas),
        true,
        new LocalizedText(
            "Bila ketujuh nilai Di Atas Ekspektasi, saran Di Atas; bila satu nilai saja Di Bawah, saran Di Bawah; selain itu Sesuai.",
            "If all seven values are above expectation, the suggestion is above; if any value is below, below; otherwise as expected."),
        a => a.JumlahDiBawah > 0 ? Ekspektasi.DiBawah : a.JumlahDiAtas == 7 ? Ekspektasi.DiAtas : Ekspektasi.Sesuai);

    /// <summary>The default policy: <see cref="SatuDiBawah"/>.</summary>
    public static KebijakanSaranPerilaku Default => SatuDiBawah;

    /// <summary>The built-in policies.</summary>
    public static ImmutableArray<KebijakanSaranPerilaku> BuiltIn { get; } = ImmutableArray.Create(SatuDiBawah, Mayoritas, SemuaDiAtas);

    /// <summary>The policy's stable name, e.g. <c>SatuDiBawah</c>.</summary>
    public string Name { get; }

    /// <summary>Whether it is one of the library's built-in policies (false for <see cref="Custom"/>).</summary>
    public bool IsBuiltIn { get; }

    /// <summary>What the policy does, in Bahasa Indonesia and English.</summary>
    public LocalizedText Uraian { get; }

    /// <summary>Whether it is the documented default.</summary>
    public bool IsDefault => ReferenceEquals(this, Default);

    /// <summary>Whether two policies have the same name.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KebijakanSaranPerilaku? left, KebijakanSaranPerilaku? right) => Equals(left, right);

    /// <summary>Whether two policies have different names.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KebijakanSaranPerilaku? left, KebijakanSaranPerilaku? right) => !Equals(left, right);

    /// <summary>A policy of the caller's own, named by the caller.</summary>
    /// <param name="name">A name that says what it does; it must not be one of the built-in names.</param>
    /// <param name="uraian">What it does, in Bahasa Indonesia and English.</param>
    /// <param name="rule">The rule; called only with all seven values assessed, and must return a defined <see cref="Ekspektasi"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name or a description is blank, or <paramref name="name"/> is a built-in name.</exception>
    public static KebijakanSaranPerilaku Custom(string name, LocalizedText uraian, Func<SaranPerilakuArguments, Ekspektasi> rule)
    {
        Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgument(!BuiltIn.Any(b => string.Equals(b.Name, name, StringComparison.Ordinal)), nameof(name), "A custom policy must not take a built-in policy's name.");
        Preconditions.CheckNotNull(uraian);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(uraian.Indonesian) && !string.IsNullOrWhiteSpace(uraian.English), nameof(uraian), "The description must not be blank in either language.");
        return new KebijakanSaranPerilaku(name, false, uraian, Preconditions.CheckNotNull(rule));
    }

    /// <inheritdoc />
    public bool Equals(KebijakanSaranPerilaku? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KebijakanSaranPerilaku);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal Ekspektasi Apply(PenilaianNilaiBerakhlak penilaian)
    {
        var result = _rule(new SaranPerilakuArguments(penilaian));
        if (result is not (Ekspektasi.DiBawah or Ekspektasi.Sesuai or Ekspektasi.DiAtas))
        {
            throw new InvalidOperationException("The suggestion policy '" + Name + "' returned an undefined Ekspektasi value.");
        }

        return result;
    }

    private static Ekspektasi Median(SaranPerilakuArguments a)
    {
        // The 4th of 7 in worst-to-best order.
        var bawah = a.JumlahDiBawah;
        if (bawah >= 4)
        {
            return Ekspektasi.DiBawah;
        }

        return bawah + a.JumlahSesuai >= 4 ? Ekspektasi.Sesuai : Ekspektasi.DiAtas;
    }
}
