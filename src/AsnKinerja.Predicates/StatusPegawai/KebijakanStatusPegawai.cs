using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>How a special status treats an employee in a period.</summary>
public enum PerlakuanStatusPegawai
{
    /// <summary>Evaluated, and counted in the unit's distribution like any employee.</summary>
    DinilaiDanDihitung = 1,

    /// <summary>Evaluated (the employee has an SKP and a predicate), but left out of the unit's distribution.</summary>
    DinilaiTidakDihitung = 2,

    /// <summary>Not evaluated for the period, and so not counted.</summary>
    TidakDinilai = 3,
}

/// <summary>When a status that covers only part of the period changes the employee's treatment [L].</summary>
public enum CakupanStatusPegawai
{
    /// <summary>Default. Only when the status covers every day the employee is placed in the period.</summary>
    SeluruhPeriode = 1,

    /// <summary>When the status covers more than half of the days the employee is placed in the period.</summary>
    LebihDariSetengahPeriode = 2,

    /// <summary>When the status covers any day of the period.</summary>
    SebagianPeriode = 3,
}

/// <summary>Which unit counts an employee who moved within the period (<em>mutasi</em>) [L].</summary>
public enum UnitPenghitunganMutasi
{
    /// <summary>Default. The unit of the last placement in the period: the unit whose PPK makes the period's final judgement.</summary>
    UnitAkhirPeriode = 1,

    /// <summary>The unit where the employee spent the most days of the period; a tie goes to the unit placed last.</summary>
    UnitTerlama = 2,
}

/// <summary>
/// The policy of who is evaluated and who is counted in a unit's distribution when employees have special statuses
/// (study leave, unpaid leave, temporary dismissal, pre-retirement, appointment as a state official) or moved within the
/// period [L]. PermenPANRB 8/2021 left performance planning out for these statuses; whether PermenPANRB 6/2022 keeps that
/// list is not confirmed, so every choice here is a named policy that every explanation reports.
/// </summary>
/// <remarks>
/// <para>Defaults: study leave → <see cref="PerlakuanStatusPegawai.DinilaiTidakDihitung"/> (under 6/2022 the employee keeps an
/// SKP of academic expectations [M], which is not the unit's work); unpaid leave, temporary dismissal, pre-retirement and
/// appointment as a state official → <see cref="PerlakuanStatusPegawai.TidakDinilai"/> (the 8/2021 list);
/// <see cref="CakupanStatusPegawai.SeluruhPeriode"/>; <see cref="UnitPenghitunganMutasi.UnitAkhirPeriode"/>.</para>
/// <para>Immutable and thread-safe. <see cref="Apply"/> is the function that applies it.</para>
/// </remarks>
public sealed class KebijakanStatusPegawai : IEquatable<KebijakanStatusPegawai>
{
    private static readonly PerlakuanStatusPegawai[] Bawaan =
    {
        PerlakuanStatusPegawai.DinilaiTidakDihitung, // TugasBelajar
        PerlakuanStatusPegawai.TidakDinilai,         // CutiDiLuarTanggunganNegara
        PerlakuanStatusPegawai.TidakDinilai,         // PemberhentianSementara
        PerlakuanStatusPegawai.TidakDinilai,         // MasaPersiapanPensiun
        PerlakuanStatusPegawai.TidakDinilai,         // PejabatNegara
    };

    private readonly PerlakuanStatusPegawai[] _perlakuan;

    /// <summary>Creates a policy.</summary>
    /// <param name="perlakuan">The treatment of each status; a status not given keeps its default; null for all defaults.</param>
    /// <param name="cakupan">When a status covering part of the period applies.</param>
    /// <param name="mutasi">Which unit counts an employee who moved.</param>
    /// <exception cref="ArgumentException">A status or treatment is undefined; the message lists every one.</exception>
    public KebijakanStatusPegawai(
        IReadOnlyDictionary<JenisStatusPegawai, PerlakuanStatusPegawai>? perlakuan = null,
        CakupanStatusPegawai cakupan = CakupanStatusPegawai.SeluruhPeriode,
        UnitPenghitunganMutasi mutasi = UnitPenghitunganMutasi.UnitAkhirPeriode)
    {
        var errors = new List<string>();
        _perlakuan = (PerlakuanStatusPegawai[])Bawaan.Clone();
        foreach (var pair in perlakuan ?? new Dictionary<JenisStatusPegawai, PerlakuanStatusPegawai>())
        {
            if (!Preconditions.IsDefined(pair.Key))
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined JenisStatusPegawai.", (int)pair.Key));
            }
            else if (!Preconditions.IsDefined(pair.Value))
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "The treatment of {0} is not a defined PerlakuanStatusPegawai ({1}).", pair.Key, (int)pair.Value));
            }
            else
            {
                _perlakuan[(int)pair.Key - 1] = pair.Value;
            }
        }

        if (!Preconditions.IsDefined(cakupan))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "cakupan is not a defined CakupanStatusPegawai ({0}).", (int)cakupan));
        }

        if (!Preconditions.IsDefined(mutasi))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "mutasi is not a defined UnitPenghitunganMutasi ({0}).", (int)mutasi));
        }

        Preconditions.CheckArgument(errors.Count == 0, nameof(perlakuan), "Invalid special-status policy: " + string.Join(" ", errors));
        Cakupan = cakupan;
        Mutasi = mutasi;
    }

    /// <summary>The documented defaults.</summary>
    public static KebijakanStatusPegawai Default { get; } = new();

    /// <summary>When a status covering part of the period applies.</summary>
    public CakupanStatusPegawai Cakupan { get; }

    /// <summary>Which unit counts an employee who moved.</summary>
    public UnitPenghitunganMutasi Mutasi { get; }

    /// <summary>The treatment of every status, for inspection.</summary>
    public ImmutableDictionary<JenisStatusPegawai, PerlakuanStatusPegawai> Perlakuan =>
        Enumerable.Range(1, _perlakuan.Length).ToImmutableDictionary(i => (JenisStatusPegawai)i, i => _perlakuan[i - 1]);

    /// <summary>Whether every choice is the documented default.</summary>
    public bool IsDefault => _perlakuan.SequenceEqual(Bawaan) && Cakupan == CakupanStatusPegawai.SeluruhPeriode && Mutasi == UnitPenghitunganMutasi.UnitAkhirPeriode;

    /// <summary>The policies as reported with every decision that used them.</summary>
    public ImmutableArray<AppliedPolicy> Policies => ImmutableArray.Create(PolicyPerlakuan, PolicyCakupan, PolicyMutasi);

    internal AppliedPolicy PolicyPerlakuan => new(
        "PerlakuanStatusPegawai",
        string.Join(", ", Enumerable.Range(1, _perlakuan.Length).Select(i => (JenisStatusPegawai)i + "=" + _perlakuan[i - 1])),
        _perlakuan.SequenceEqual(Bawaan));

    internal AppliedPolicy PolicyCakupan => new("CakupanStatusPegawai", Cakupan.ToString(), Cakupan == CakupanStatusPegawai.SeluruhPeriode);

    internal AppliedPolicy PolicyMutasi => new("UnitPenghitunganMutasi", Mutasi.ToString(), Mutasi == UnitPenghitunganMutasi.UnitAkhirPeriode);

    /// <summary>Whether two policies are equal.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KebijakanStatusPegawai? left, KebijakanStatusPegawai? right) => Equals(left, right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KebijakanStatusPegawai? left, KebijakanStatusPegawai? right) => !Equals(left, right);

    /// <summary>The treatment of a status.</summary>
    /// <param name="jenis">The status.</param>
    /// <returns>The treatment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenis"/> is undefined.</exception>
    public PerlakuanStatusPegawai GetPerlakuan(JenisStatusPegawai jenis) => _perlakuan[(int)Preconditions.CheckDefined(jenis) - 1];

    /// <summary>The same policy with one status treated otherwise.</summary>
    /// <param name="jenis">The status.</param>
    /// <param name="perlakuan">Its treatment.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">An enum value is undefined.</exception>
    public KebijakanStatusPegawai With(JenisStatusPegawai jenis, PerlakuanStatusPegawai perlakuan)
    {
        var map = Perlakuan.ToDictionary(p => p.Key, p => p.Value);
        map[Preconditions.CheckDefined(jenis)] = Preconditions.CheckDefined(perlakuan);
        return new KebijakanStatusPegawai(map, Cakupan, Mutasi);
    }

    /// <summary>
    /// Applies the policy to a period: for every employee placed in it, whether they are evaluated, whether they are
    /// counted in a unit's distribution, in which unit (and whether they head it), and why.
    /// </summary>
    /// <param name="periode">The evaluated period (a year, a semester, a quarter, ...).</param>
    /// <param name="penempatan">The placement history; entries outside the period are ignored.</param>
    /// <param name="status">The special statuses; entries outside the period are ignored.</param>
    /// <returns>
    /// One entry per employee placed in the period, in NIP order, with the findings PRD007 (placements of one employee
    /// overlap; the one starting later is taken for the shared days) and PRD008 (a status of an employee not placed in
    /// the period; ignored). The result does not depend on the order of the inputs.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="penempatan"/> or <paramref name="status"/> is null.</exception>
    public PenghitunganPegawaiResult Apply(PeriodeKinerja periode, IEnumerable<RiwayatPenempatan> penempatan, IEnumerable<StatusPegawai> status) =>
        PenghitunganPegawaiResult.Build(this, periode, penempatan, status);

    /// <inheritdoc />
    public bool Equals(KebijakanStatusPegawai? other) => other is not null && _perlakuan.SequenceEqual(other._perlakuan) && Cakupan == other.Cakupan && Mutasi == other.Mutasi;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KebijakanStatusPegawai);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cakupan, Mutasi, _perlakuan[0], _perlakuan[1], _perlakuan[2], _perlakuan[3], _perlakuan[4]);

    /// <summary>The policies in force.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join("; ", Policies);
}
