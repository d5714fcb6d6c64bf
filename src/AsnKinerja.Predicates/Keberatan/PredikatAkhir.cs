namespace AsnKinerja.Predicates;

/// <summary>Where an employee's final predicate comes from.</summary>
public enum SumberPredikatAkhir
{
    /// <summary>The computed predicate, accepted by the PPK.</summary>
    Terhitung = 1,

    /// <summary>A predicate the PPK set that differs from the computed one.</summary>
    KeputusanPpk = 2,

    /// <summary>The decision of the PPK's superior on an objection (final), whether it upheld or changed the PPK's predicate.</summary>
    KeputusanKeberatan = 3,
}

/// <summary>
/// The predicate that stands for an employee once the PPK has decided and any objection is decided: the input of a
/// distribution checked again on final predicates (<c>distribusi.Check(unit, predikatOrganisasi, finals.Select(f => f.Predikat))</c> of an <see cref="IDistribusiRules"/>).
/// </summary>
/// <remarks>
/// The objection decision is applied as recorded (it is final in law); whether it was in time and by the right official
/// is reported by <see cref="KeberatanRules"/>. Immutable and thread-safe.
/// </remarks>
public sealed class PredikatAkhir
{
    private PredikatAkhir(Nip pegawai, KeputusanPredikat keputusan, KeputusanKeberatan? keberatan)
    {
        Pegawai = pegawai;
        Keputusan = keputusan;
        Keberatan = keberatan;
        Predikat = keberatan?.PredikatAkhir ?? keputusan.Ditetapkan;
        Sumber = keberatan is not null ? SumberPredikatAkhir.KeputusanKeberatan : keputusan.IsOverride ? SumberPredikatAkhir.KeputusanPpk : SumberPredikatAkhir.Terhitung;
    }

    /// <summary>The employee.</summary>
    public Nip Pegawai { get; }

    /// <summary>The final predicate.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>Where it comes from.</summary>
    public SumberPredikatAkhir Sumber { get; }

    /// <summary>The PPK's decision (with the computed predicate beside it).</summary>
    public KeputusanPredikat Keputusan { get; }

    /// <summary>The decision on an objection, or null when there was none.</summary>
    public KeputusanKeberatan? Keberatan { get; }

    /// <summary>The final predicate of an employee.</summary>
    /// <param name="pegawai">The employee; not empty.</param>
    /// <param name="keputusan">The PPK's decision.</param>
    /// <param name="keberatan">The decision on the employee's objection against it, or null.</param>
    /// <returns>The final predicate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keputusan"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, or the objection is by another employee or against another decision.</exception>
    public static PredikatAkhir Of(Nip pegawai, KeputusanPredikat keputusan, KeputusanKeberatan? keberatan = null)
    {
        Preconditions.CheckArgument(!pegawai.IsEmpty, nameof(pegawai), "The NIP must not be empty.");
        Preconditions.CheckNotNull(keputusan);
        if (keberatan is not null)
        {
            Preconditions.CheckArgument(keberatan.Keberatan.Pegawai == pegawai, nameof(keberatan), "The objection is by another employee.");
            Preconditions.CheckArgument(keberatan.Keberatan.Predikat == keputusan, nameof(keberatan), "The objection is against another decision than the one given.");
        }

        return new PredikatAkhir(pegawai, keputusan, keberatan);
    }

    /// <summary>How the final predicate was reached: the objection decision, else the PPK's decision, else the computed predicate.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => Keberatan?.Explain() ?? Keputusan.Explain();

    /// <summary>The employee, the final predicate and its source.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Pegawai + ": " + Predikat.ToLabel() + " (" + Sumber + ")";
}
