using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// The decisions of an evaluation period: the predicates the PPKs set other than the computed ones (accepted
/// calibration proposals and their own changes, with who, when and why) and the objections with the superiors'
/// decisions. Applied with <see cref="EvaluasiPeriodeResult.Tetapkan"/>, which records them against the computed
/// predicates and checks the distribution again on the final ones.
/// </summary>
/// <remarks>
/// At most one decision and one objection per employee. Built with <see cref="EvaluasiPeriodeResult.CreateKeputusan"/>
/// (a builder that checks every step against the period) or directly from records. Immutable and thread-safe.
/// </remarks>
public sealed class KeputusanPeriode
{
    /// <summary>Creates the decisions.</summary>
    /// <param name="penetapan">The predicates set other than the computed ones.</param>
    /// <param name="keberatan">The objections, decided or not.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A collection contains null, or an employee has two decisions or two objections.</exception>
    public KeputusanPeriode(IEnumerable<PenetapanPredikat> penetapan, IEnumerable<CatatanKeberatan> keberatan)
    {
        Penetapan = Sorted(penetapan, p => p.Nip, nameof(penetapan), "decisions");
        Keberatan = Sorted(keberatan, k => k.Nip, nameof(keberatan), "objections");
    }

    /// <summary>No decisions: every employee stands at the computed predicate.</summary>
    public static KeputusanPeriode Empty { get; } = new(Array.Empty<PenetapanPredikat>(), Array.Empty<CatatanKeberatan>());

    /// <summary>The predicates set other than the computed ones, in NIP order.</summary>
    public ImmutableArray<PenetapanPredikat> Penetapan { get; }

    /// <summary>The objections, in NIP order.</summary>
    public ImmutableArray<CatatanKeberatan> Keberatan { get; }

    /// <summary>Whether there is no decision and no objection.</summary>
    public bool IsEmpty => Penetapan.IsEmpty && Keberatan.IsEmpty;

    /// <summary>The number of decisions and objections.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} penetapan, {1} keberatan", Penetapan.Length, Keberatan.Length);

    private static ImmutableArray<T> Sorted<T>(IEnumerable<T> items, Func<T, Nip> key, string name, string what)
        where T : class
    {
        var list = Preconditions.CheckNotNull(items, name).ToList();
        Preconditions.CheckArgument(!list.Contains(null!), name, "The collection must not contain null.");
        var twice = list.GroupBy(key).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(twice is null, name, string.Format(CultureInfo.InvariantCulture, "Employee {0} has more than one of the {1}.", twice?.Key, what));
        return list.OrderBy(key).ToImmutableArray();
    }

    /// <summary>
    /// Records a period's decisions step by step, checking each against the period it was created from
    /// (<see cref="EvaluasiPeriodeResult.CreateKeputusan"/>): the employee must be evaluated, a changed predicate must
    /// differ from the computed one, an objection is decided only after it is filed. A later decision for the same
    /// employee replaces the earlier one (a PPK may accept a proposal and then change one predicate).
    /// </summary>
    /// <remarks>Not thread-safe: build on one thread, then use the immutable <see cref="KeputusanPeriode"/>.</remarks>
    public sealed class Builder
    {
        private readonly EvaluasiPeriodeResult _hasil;
        private readonly Dictionary<Nip, PenetapanPredikat> _penetapan = new();
        private readonly Dictionary<Nip, CatatanKeberatan> _keberatan = new();

        internal Builder(EvaluasiPeriodeResult hasil)
        {
            _hasil = hasil;
            foreach (var p in hasil.Keputusan.Penetapan)
            {
                _penetapan[p.Nip] = p;
            }

            foreach (var k in hasil.Keputusan.Keberatan)
            {
                _keberatan[k.Nip] = k;
            }
        }

        /// <summary>Accepts every change of a calibration proposal of the period; each is set by the employee's PPK unless <paramref name="oleh"/> is given.</summary>
        /// <param name="usulan">A proposal of the period (<see cref="EvaluasiUnit.Kalibrasi"/>).</param>
        /// <param name="tanggal">When it was accepted.</param>
        /// <param name="oleh">Who accepted it; null for each employee's recorded PPK.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="usulan"/> is null.</exception>
        /// <exception cref="ArgumentException">The proposal is not one of the period's, or an employee has no recorded PPK and <paramref name="oleh"/> is null.</exception>
        public Builder TerimaUsulan(UsulanKalibrasi usulan, LocalDate tanggal, Pejabat? oleh = null)
        {
            Preconditions.CheckNotNull(usulan);
            var unit = _hasil.FindUnit(usulan.UnitId);
            Preconditions.CheckArgument(unit is not null && ReferenceEquals(unit.Kalibrasi, usulan), nameof(usulan), "The proposal for unit '" + usulan.UnitId + "' is not one of this period's (EvaluasiUnit.Kalibrasi).");
            var alasan = "Usulan kalibrasi unit '" + usulan.UnitId + "' diterima.";
            foreach (var change in usulan.Perubahan)
            {
                _penetapan[change.Nip] = new PenetapanPredikat(change.Nip, change.Menjadi, oleh ?? Ppk(change.Nip, nameof(oleh)), tanggal, alasan, isKalibrasi: true);
            }

            return this;
        }

        /// <summary>Accepts every calibration proposal of the period (<see cref="TerimaUsulan"/> for each unit that has one), each change set by the employee's PPK.</summary>
        /// <param name="tanggal">When they were accepted.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">An employee who would change has no recorded PPK.</exception>
        public Builder TerimaSemuaUsulan(LocalDate tanggal)
        {
            foreach (var unit in _hasil.Unit)
            {
                if (unit.Kalibrasi is { } usulan)
                {
                    TerimaUsulan(usulan, tanggal);
                }
            }

            return this;
        }

        /// <summary>The PPK sets a predicate other than the computed one.</summary>
        /// <param name="nip">The employee; evaluated in the period.</param>
        /// <param name="predikat">The predicate set; not the computed one.</param>
        /// <param name="tanggal">When.</param>
        /// <param name="alasan">Why; not blank.</param>
        /// <param name="oleh">Who set it; null for the employee's recorded PPK.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The employee is not evaluated in the period, the predicate is the computed one, the reason is blank, or no PPK is recorded and <paramref name="oleh"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
        public Builder Ubah(Nip nip, PredikatKinerja predikat, LocalDate tanggal, string alasan, Pejabat? oleh = null)
        {
            var pegawai = Evaluated(nip, nameof(nip));
            Preconditions.CheckDefined(predikat);
            Preconditions.CheckArgument(predikat != pegawai.Terhitung!.Predikat, nameof(predikat), string.Format(CultureInfo.InvariantCulture, "{0} is the computed predicate of {1}: without a decision it stands.", predikat.ToLabel(), nip));
            _penetapan[nip] = new PenetapanPredikat(nip, predikat, oleh ?? Ppk(nip, nameof(oleh)), tanggal, alasan);
            return this;
        }

        /// <summary>Records an objection filed by the employee against the PPK's predicate.</summary>
        /// <param name="nip">The employee; evaluated in the period.</param>
        /// <param name="tanggalDiterima">When the employee received the result.</param>
        /// <param name="tanggalDiajukan">When the objection was filed.</param>
        /// <param name="alasan">The reasons; not blank.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The employee is not evaluated in the period, already objected, the reasons are blank or the dates out of order.</exception>
        public Builder AjukanKeberatan(Nip nip, LocalDate tanggalDiterima, LocalDate tanggalDiajukan, string alasan)
        {
            Evaluated(nip, nameof(nip));
            Preconditions.CheckArgument(!_keberatan.ContainsKey(nip), nameof(nip), string.Format(CultureInfo.InvariantCulture, "Employee {0} has already objected in this period.", nip));
            _keberatan[nip] = new CatatanKeberatan(nip, tanggalDiterima, tanggalDiajukan, alasan);
            return this;
        }

        /// <summary>Records the superior's decision on an objection: <paramref name="predikatAkhir"/> equal to the PPK's predicate rejects it, another grants it.</summary>
        /// <param name="nip">The employee who objected.</param>
        /// <param name="predikatAkhir">The final predicate.</param>
        /// <param name="tanggal">When; not before the objection was filed.</param>
        /// <param name="alasan">Why; not blank.</param>
        /// <param name="oleh">Who decided; null for the employee's recorded superior of the PPK.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The employee filed no objection, the reason is blank, the decision precedes the objection, or no superior is recorded and <paramref name="oleh"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikatAkhir"/> is undefined.</exception>
        public Builder PutuskanKeberatan(Nip nip, PredikatKinerja predikatAkhir, LocalDate tanggal, string alasan, Pejabat? oleh = null)
        {
            Preconditions.CheckArgument(_keberatan.TryGetValue(nip, out var keberatan), nameof(nip), string.Format(CultureInfo.InvariantCulture, "Employee {0} filed no objection in this period: record it with AjukanKeberatan first.", nip));
            var atasan = oleh ?? _hasil.Get(nip)!.AtasanPejabatPenilai
                ?? throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "No superior of the PPK is recorded for {0}: say who decided.", nip), nameof(oleh));
            _keberatan[nip] = keberatan!.WithPutusan(new PutusanKeberatan(predikatAkhir, atasan, tanggal, alasan));
            return this;
        }

        /// <summary>The decisions recorded so far.</summary>
        /// <returns>The decisions.</returns>
        public KeputusanPeriode Build() => new(_penetapan.Values, _keberatan.Values);

        private EvaluasiPegawai Evaluated(Nip nip, string paramName)
        {
            var pegawai = _hasil.Get(nip);
            Preconditions.CheckArgument(pegawai is { IsDinilai: true }, paramName, string.Format(CultureInfo.InvariantCulture, "Employee {0} is not evaluated in the period.", nip));
            return pegawai!;
        }

        private Pejabat Ppk(Nip nip, string paramName) =>
            Evaluated(nip, paramName).PejabatPenilai?.Pejabat
            ?? throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "No PPK is recorded for {0}: say who decided.", nip), paramName);
    }
}
