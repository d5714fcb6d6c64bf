namespace AsnKinerja.Predicates;

/// <summary>
/// What one bulk run works with, prepared once before the first employee: the distribution rules (their patterns
/// compiled), the quadrant and leader rule as byte tables, the head policy and how the run is carried out.
/// </summary>
internal sealed class BulkRun
{
    internal BulkRun(IDistribusiRules rules, IKuadranRules kuadran, BulkOptions options)
    {
        Rules = Preconditions.CheckNotNull(rules);
        Kuadran = Preconditions.CheckNotNull(kuadran);
        Options = Preconditions.CheckNotNull(options);
        Opsi = rules.Options;
        Compiled = rules is PolaDistribusiRules own ? own.Compiled : new PolaTerkompilasi(rules.Pola, rules.Options);
        ClassTable = BuildClassTable(kuadran);
        LeaderTable = BuildLeaderTable(kuadran);
        InParent = Opsi.KepalaUnit == PenghitunganKepalaUnit.UnitInduk;
    }

    /// <summary>The distribution rules that judge the units.</summary>
    internal IDistribusiRules Rules { get; }

    /// <summary>The quadrant and leader rules that compute the predicates.</summary>
    internal IKuadranRules Kuadran { get; }

    /// <summary>How the run is carried out.</summary>
    internal BulkOptions Options { get; }

    /// <summary>The distribution policies.</summary>
    internal DistribusiOptions Opsi { get; }

    /// <summary>The rules' patterns compiled for the bulk engine.</summary>
    internal PolaTerkompilasi Compiled { get; }

    /// <summary>How many partitions may run in parallel.</summary>
    internal int DerajatParalel => Options.DerajatParalel;

    /// <summary>Whether a head counts in the parent unit.</summary>
    internal bool InParent { get; }

    /// <summary>
    /// The quadrant as 16 classes (predicate − 1) indexed by <c>hasil * 4 + perilaku</c>, the ratings' values 1..3. The
    /// entries no valid pair reaches hold 0, so any index 0..15 gives a class 0..4.
    /// </summary>
    internal byte[] ClassTable { get; }

    /// <summary>
    /// The leader rule folded into the quadrant: the class of a unit head, indexed by <c>organisation * 4 + perilaku</c>
    /// (values 1..5 and 1..3); 32 entries, unreached ones 0.
    /// </summary>
    internal byte[] LeaderTable { get; }

    /// <summary>The class table of the library's quadrant (PermenPANRB 6/2022), for the tests of the passes.</summary>
    internal static byte[] DefaultClassTable { get; } = BuildClassTable(KuadranRules.PermenPanRb6Tahun2022);

    private static byte[] BuildClassTable(IKuadranRules kuadran)
    {
        var table = new byte[16];
        foreach (var cell in kuadran.Cells)
        {
            table[((int)Preconditions.CheckDefined(cell.RatingHasilKerja) * 4) + (int)Preconditions.CheckDefined(cell.RatingPerilakuKerja)] =
                (byte)((int)Preconditions.CheckDefined(cell.Predikat) - 1);
        }

        return table;
    }

    private static byte[] BuildLeaderTable(IKuadranRules kuadran)
    {
        var pemetaan = kuadran.Pemetaan;
        var table = new byte[32];
        for (var org = PredikatKinerjaOrganisasi.SangatKurang; org <= PredikatKinerjaOrganisasi.Istimewa; org++)
        {
            for (var perilaku = Ekspektasi.DiBawah; perilaku <= Ekspektasi.DiAtas; perilaku++)
            {
                table[((int)org * 4) + (int)perilaku] = (byte)((int)Preconditions.CheckDefined(kuadran.GetPredikat(pemetaan.Map(org), perilaku)) - 1);
            }
        }

        return table;
    }
}
