using AsnKinerja.Predicates;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

public sealed class BulkEvaluatorTests
{
    /// <summary>A random dataset: a forest of units, employees with ratings, some decisions, some heads, and random policies.</summary>
    public sealed record Dataset(
        int[] Parent,
        PredikatKinerjaOrganisasi[] Org,
        int[] Head,
        int[] Unit,
        Ekspektasi[] Hasil,
        Ekspektasi[] Perilaku,
        PredikatKinerja[] Decided,
        DistribusiOptions Opsi)
    {
        public override string ToString() =>
            $"units={Parent.Length} parents=[{string.Join(",", Parent)}] org=[{string.Join(",", Org.Select(o => (int)o))}] heads=[{string.Join(",", Head)}] " +
            $"employees={Unit.Length} unit=[{string.Join(",", Unit)}] hasil=[{string.Join(",", Hasil.Select(h => (int)h))}] perilaku=[{string.Join(",", Perilaku.Select(h => (int)h))}] " +
            $"decided=[{string.Join(",", Decided.Select(d => (int)d))}] opsi={Opsi}";
    }

    private static Gen<Dataset> DatasetGen =>
        from units in Gen.Choose(1, 12)
        from parentSeeds in Gen.Choose(-1, 100).ArrayOf(units)
        from org in Gen.Choose(1, 5).ArrayOf(units)
        from employees in Gen.Choose(0, 60)
        from unitSeeds in Gen.Choose(0, 1000).ArrayOf(employees)
        from hasil in Gen.Choose(1, 3).ArrayOf(employees)
        from perilaku in Gen.Choose(1, 3).ArrayOf(employees)
        from decided in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 5))).ArrayOf(employees)
        from headSeeds in Gen.Choose(-1, 1000).ArrayOf(units)
        from rounding in Gen.Elements(Pembulatan.Ketat, Pembulatan.SetengahKeAtas)
        from small in Gen.Elements(KebijakanUnitKecil.Ketat, KebijakanUnitKecil.SaranDiBawahAmbang, KebijakanUnitKecil.GabungKeInduk)
        from threshold in Gen.Choose(1, 8)
        from headPolicy in Gen.Elements(PenghitunganKepalaUnit.UnitInduk, PenghitunganKepalaUnit.UnitSendiri)
        from most in Gen.Elements(MaknaSebagianBesar.KelompokTerbesar, MaknaSebagianBesar.LebihDariSetengah)
        select Build(units, parentSeeds, org, unitSeeds, hasil, perilaku, decided, headSeeds, new DistribusiOptions(rounding, most, small, threshold, headPolicy));

    private static Dataset Build(int units, int[] parentSeeds, int[] org, int[] unitSeeds, int[] hasil, int[] perilaku, int[] decided, int[] headSeeds, DistribusiOptions opsi)
    {
        // A parent always has a smaller index, so the table is a forest; -1 makes a root.
        var parent = new int[units];
        for (var u = 0; u < units; u++)
        {
            parent[u] = u == 0 || parentSeeds[u] < 0 ? -1 : parentSeeds[u] % u;
        }

        var unit = unitSeeds.Select(s => s % units).ToArray();
        var head = new int[units];
        for (var u = 0; u < units; u++)
        {
            var members = Enumerable.Range(0, unit.Length).Where(i => unit[i] == u).ToArray();
            head[u] = headSeeds[u] < 0 || members.Length == 0 ? -1 : members[headSeeds[u] % members.Length];
        }

        return new Dataset(
            parent,
            org.Select(o => (PredikatKinerjaOrganisasi)o).ToArray(),
            head,
            unit,
            hasil.Select(h => (Ekspektasi)h).ToArray(),
            perilaku.Select(h => (Ekspektasi)h).ToArray(),
            decided.Select(d => (PredikatKinerja)d).ToArray(),
            opsi);
    }

    private static BulkInput Input(Dataset d) => new(d.Unit, d.Hasil, d.Perilaku, d.Parent, d.Org, d.Head, d.Decided);

    /// <summary>The naive reference: one object per employee, the one-unit API per unit, pooling by walking parents.</summary>
    internal static (PredikatKinerja[] Predicates, JumlahPredikat[] Judged, StatusDistribusi[] Status) Reference(Dataset d, IDistribusiRules rules, IKuadranRules? kuadranRules = null)
    {
        var kuadran = kuadranRules ?? Kuadran;
        var units = d.Parent.Length;
        var predicates = new PredikatKinerja[d.Unit.Length];
        var countedIn = new int[d.Unit.Length];
        for (var i = 0; i < d.Unit.Length; i++)
        {
            var u = d.Unit[i];
            var isHead = d.Head[u] == i;
            var computed = isHead
                ? kuadran.EvaluateKepalaUnit(d.Org[u], d.Perilaku[i]).Predikat
                : kuadran.Evaluate(d.Hasil[i], d.Perilaku[i]).Predikat;
            predicates[i] = d.Decided[i] != 0 ? d.Decided[i] : computed;
            countedIn[i] = isHead && d.Opsi.KepalaUnit == PenghitunganKepalaUnit.UnitInduk && d.Parent[u] >= 0 ? d.Parent[u] : u;
        }

        var judged = Enumerable.Range(0, units)
            .Select(u => JumlahPredikat.From(Enumerable.Range(0, d.Unit.Length).Where(i => countedIn[i] == u).Select(i => predicates[i])))
            .ToArray();

        int Depth(int u)
        {
            var depth = 0;
            for (var p = d.Parent[u]; p >= 0; p = d.Parent[p])
            {
                depth++;
            }

            return depth;
        }

        var status = new StatusDistribusi[units];
        foreach (var u in Enumerable.Range(0, units).OrderByDescending(Depth).ThenBy(u => u))
        {
            var n = judged[u].Total;
            if (d.Opsi.UnitKecil == KebijakanUnitKecil.GabungKeInduk && n > 0 && n < d.Opsi.AmbangUnitKecil && d.Parent[u] >= 0)
            {
                judged[d.Parent[u]] = judged[d.Parent[u]].Add(judged[u]);
                status[u] = StatusDistribusi.Digabung;
                continue;
            }

            status[u] = rules.Check("U" + u, d.Org[u], judged[u]).Status;
        }

        return (predicates, judged, status);
    }

    [Property(MaxTest = 300)]
    public Property Evaluate_RandomDatasets_AgreesWithTheOneUnitApi()
    {
        return Prop.ForAll(DatasetGen.ToArbitrary(), d => AgreesWithTheReference(d, Distribusi(d.Opsi)));
    }

    [Property(MaxTest = 300)]
    public Property Evaluate_CustomRuleSetOnRandomDatasets_AgreesWithItsOwnOneUnitCheck()
    {
        return Prop.ForAll(DatasetGen.ToArbitrary(), d => AgreesWithTheReference(d, PolaInstansi.Rules.WithOptions(d.Opsi)));
    }

    [Fact]
    public void Evaluate_CustomRuleSet_JudgesWithItsOwnPatterns()
    {
        // One Istimewa unit of 10 with 6 Sangat Baik: within SE MenPANRB 3/2023 (SB ≤ 70%), above the test rule set's cap (SB ≤ 50%).
        var hasil = Enumerable.Repeat(Ekspektasi.DiAtas, 10).ToArray();
        var perilaku = Enumerable.Repeat(Ekspektasi.DiAtas, 6).Concat(Enumerable.Repeat(Ekspektasi.Sesuai, 4)).ToArray();
        var input = new BulkInput(new int[10], hasil, perilaku, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Istimewa });

        var builtIn = Distribusi().Evaluate(input, Kuadran);
        var custom = PolaInstansi.Rules.Evaluate(input, Kuadran);

        Assert.Equal(StatusDistribusi.Memenuhi, builtIn.GetStatus(0));
        Assert.Equal(StatusDistribusi.TidakMemenuhi, custom.GetStatus(0));
        Assert.Equal(PolaInstansi.RuleSet.Id, custom.RuleSet);
        Assert.Equal(PolaInstansi.RuleSet.Id, custom.GetVerdict(0).RuleSet);
        Assert.Equal(RuleSetId.SeMenPanRb3Tahun2023, builtIn.RuleSet);
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, custom.KuadranRuleSet);
    }

    private static bool AgreesWithTheReference(Dataset d, IDistribusiRules rules)
    {
        var (predicates, judged, status) = Reference(d, rules);
        var output = new PredikatKinerja[d.Unit.Length];
        var result = rules.Evaluate(Input(d), Kuadran, output);
        return output.SequenceEqual(predicates)
            && Enumerable.Range(0, d.Parent.Length).All(u => result.GetJumlahDinilai(u) == judged[u] && result.GetStatus(u) == status[u]
                && result.GetVerdict(u).Status == status[u]);
    }

    [Fact]
    public void Evaluate_ParallelPartitions_GiveTheSameAnswerAsSequential()
    {
        // Large enough that the engine really splits the employees (it keeps at least 65,536 per partition).
        var random = new System.Random(20241231);
        const int Units = 300;
        const int Employees = 300_000;
        var parent = Enumerable.Range(0, Units).Select(u => u == 0 ? -1 : random.Next(u)).ToArray();
        var org = Enumerable.Range(0, Units).Select(_ => (PredikatKinerjaOrganisasi)random.Next(1, 6)).ToArray();
        var unit = Enumerable.Range(0, Employees).Select(_ => random.Next(Units)).ToArray();
        var hasil = Enumerable.Range(0, Employees).Select(_ => (Ekspektasi)random.Next(1, 4)).ToArray();
        var perilaku = Enumerable.Range(0, Employees).Select(_ => (Ekspektasi)random.Next(1, 4)).ToArray();
        var head = new int[Units];
        Array.Fill(head, -1);
        for (var i = 0; i < Employees; i++)
        {
            if (head[unit[i]] < 0)
            {
                head[unit[i]] = i;
            }
        }

        var input = new BulkInput(unit, hasil, perilaku, parent, org, head);
        var seqOut = new PredikatKinerja[Employees];
        var parOut = new PredikatKinerja[Employees];
        var sequential = Distribusi().Evaluate(input, Kuadran, seqOut, new BulkOptions(derajatParalel: 1));
        var parallel = Distribusi().Evaluate(input, Kuadran, parOut, new BulkOptions(derajatParalel: 4));

        Assert.Equal(seqOut, parOut);
        Assert.Equal(sequential.JumlahTotal, parallel.JumlahTotal);
        Assert.Equal(Employees, parallel.JumlahTotal.Total);
        for (var u = 0; u < Units; u++)
        {
            Assert.Equal(sequential.GetJumlahDinilai(u), parallel.GetJumlahDinilai(u));
            Assert.Equal(sequential.GetStatus(u), parallel.GetStatus(u));
        }
    }

    [Fact]
    public void Evaluate_EveryUnitSizeUpTo400_FeasibilityAgreesWithTheOneUnitCalculator()
    {
        // The bulk engine decides feasibility on the stack; the calculator builds the full model. They must agree.
        foreach (var rounding in new[] { Pembulatan.Ketat, Pembulatan.SetengahKeAtas })
        {
            var opsi = new DistribusiOptions(rounding, unitKecil: KebijakanUnitKecil.Ketat);
            for (var org = PredikatKinerjaOrganisasi.SangatKurang; org <= PredikatKinerjaOrganisasi.Istimewa; org++)
            {
                for (var n = 1; n <= 400; n++)
                {
                    // A unit of n employees, all Sangat Kurang: the verdict is TidakMungkin exactly when the size is infeasible.
                    var input = new BulkInput(new int[n], Enumerable.Repeat(Ekspektasi.DiBawah, n).ToArray(), Enumerable.Repeat(Ekspektasi.DiBawah, n).ToArray(), new[] { -1 }, new[] { org });
                    var bulkInfeasible = Distribusi(opsi).Evaluate(input, Kuadran).GetStatus(0) == StatusDistribusi.TidakMungkin;
                    Assert.True(bulkInfeasible == !Distribusi(opsi).CalculateKuota(org, n).IsFeasible, $"{org}, n={n}, {rounding}");
                }
            }
        }
    }

    [Property]
    public Property Evaluate_CountsAddUpToTheEmployees()
    {
        return Prop.ForAll(DatasetGen.ToArbitrary(), d =>
        {
            var result = Distribusi(d.Opsi).Evaluate(Input(d), Kuadran);
            var counted = Enumerable.Range(0, d.Parent.Length).Sum(u => result.GetJumlahDihitung(u).Total);
            var judgedOnce = Enumerable.Range(0, d.Parent.Length).Where(u => result.GetStatus(u) != StatusDistribusi.Digabung).Sum(u => result.GetJumlahDinilai(u).Total);
            return counted == d.Unit.Length && judgedOnce == d.Unit.Length && result.JumlahTotal.Total == d.Unit.Length;
        });
    }

    [Property]
    public Property Evaluate_ReorderedEmployees_SameCountsAndVerdicts()
    {
        return Prop.ForAll(DatasetGen.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (d, seed) =>
        {
            var order = Enumerable.Range(0, d.Unit.Length).OrderBy(i => (i * 7919L + seed) % 10007).ThenBy(i => i).ToArray();
            var position = new int[order.Length];
            for (var k = 0; k < order.Length; k++)
            {
                position[order[k]] = k;
            }

            var shuffled = d with
            {
                Unit = order.Select(i => d.Unit[i]).ToArray(),
                Hasil = order.Select(i => d.Hasil[i]).ToArray(),
                Perilaku = order.Select(i => d.Perilaku[i]).ToArray(),
                Decided = order.Select(i => d.Decided[i]).ToArray(),
                Head = d.Head.Select(h => h < 0 ? -1 : position[h]).ToArray(),
            };
            var a = Distribusi(d.Opsi).Evaluate(Input(d), Kuadran);
            var b = Distribusi(d.Opsi).Evaluate(Input(shuffled), Kuadran);
            return Enumerable.Range(0, d.Parent.Length).All(u => a.GetJumlahDinilai(u) == b.GetJumlahDinilai(u) && a.GetStatus(u) == b.GetStatus(u));
        });
    }

    [Fact]
    public void Evaluate_HeadOfIstimewaUnit_GetsLeaderRuleAndCountsInParent()
    {
        // Unit 0 (Baik) is the parent of unit 1 (Istimewa). Employee 0 heads unit 1 with a results rating of Di Bawah,
        // but the leader rule makes it Di Atas: with behaviour Di Atas, Sangat Baik, counted in unit 0.
        var input = new BulkInput(
            new[] { 1, 1, 0 },
            new[] { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.Sesuai },
            new[] { Ekspektasi.DiAtas, Ekspektasi.Sesuai, Ekspektasi.Sesuai },
            new[] { -1, 0 },
            new[] { PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Istimewa },
            new[] { -1, 0 });
        var output = new PredikatKinerja[3];
        var result = Distribusi().Evaluate(input, Kuadran, output);

        Assert.Equal(new[] { PredikatKinerja.SangatBaik, PredikatKinerja.Baik, PredikatKinerja.Baik }, output);
        Assert.Equal(new JumlahPredikat(0, 0, 0, 1, 1), result.GetJumlahDihitung(0));
        Assert.Equal(new JumlahPredikat(0, 0, 0, 1, 0), result.GetJumlahDihitung(1));
    }

    [Fact]
    public void Evaluate_SmallUnitWithGabungKeInduk_IsPooledIntoItsParent()
    {
        // Unit 1 has 2 employees (below the threshold 5) and is pooled into unit 0, which then has 7.
        var input = new BulkInput(
            new[] { 0, 0, 0, 0, 0, 1, 1 },
            Enumerable.Repeat(Ekspektasi.Sesuai, 7).ToArray(),
            Enumerable.Repeat(Ekspektasi.Sesuai, 7).ToArray(),
            new[] { -1, 0 },
            new[] { PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Baik });
        var opsi = new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk);
        var result = Distribusi(opsi).Evaluate(input, Kuadran);

        Assert.Equal(StatusDistribusi.Digabung, result.GetStatus(1));
        Assert.Equal(0, result.GetDigabungKe(1));
        Assert.Equal(7, result.GetJumlahDinilai(0).Total);
        Assert.Equal("DST008", Assert.Single(result.GetVerdict(1, "bidang-b", "dinas").Findings).Code);

        // All 7 are Baik: B = 100% > 70% and no BP/K exists, so the parent fails the Baik pattern.
        Assert.Equal(StatusDistribusi.TidakMemenuhi, result.GetStatus(0));
    }

    [Fact]
    public void BulkInput_MismatchedColumnLengths_ThrowsNamingTheColumn()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0, 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik }));
        Assert.Equal("ratingHasilKerja", e.ParamName);
        Assert.Contains("1 elements", e.Message);
    }

    [Fact]
    public void BulkInput_UnitIndexOutOfRange_ThrowsNamingThePosition()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0, 3 }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik }));
        Assert.Equal("unitPegawai", e.ParamName);
        Assert.Contains("unitPegawai[1] is 3", e.Message);
    }

    [Fact]
    public void BulkInput_UndefinedRatingCastFromInt_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0, 0 }, new[] { Ekspektasi.Sesuai, (Ekspektasi)0 }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik }));
        Assert.Equal("ratingHasilKerja", e.ParamName);
        Assert.Contains("ratingHasilKerja[1] is 0", e.Message);
    }

    [Fact]
    public void BulkInput_DecidedPredicateOfTheHighestByte_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik }, default, new[] { (PredikatKinerja)byte.MaxValue }));
        Assert.Equal("predikatDitetapkan", e.ParamName);
    }

    [Fact]
    public void BulkInput_UndefinedDecidedPredicate_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik }, default, new[] { (PredikatKinerja)6 }));
        Assert.Equal("predikatDitetapkan", e.ParamName);
    }

    [Fact]
    public void BulkInput_UndefinedOrganisationPredicate_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, new[] { -1 }, new[] { (PredikatKinerjaOrganisasi)9 }));
        Assert.Equal("predikatOrganisasi", e.ParamName);
    }

    [Fact]
    public void BulkInput_ParentCycle_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, new[] { 2, 0, 1 }, new[] { PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Baik }));
        Assert.Equal("indukUnit", e.ParamName);
        Assert.Contains("cycle", e.Message);
    }

    [Fact]
    public void BulkInput_HeadFromAnotherUnit_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new BulkInput(
            new[] { 0, 1 }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1, 0 },
            new[] { PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Baik }, new[] { 1, -1 }));
        Assert.Equal("kepalaUnit", e.ParamName);
    }

    [Fact]
    public void Evaluate_OutputOfWrongLength_Throws()
    {
        var input = new BulkInput(new[] { 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik });
        Assert.Throws<ArgumentException>(() => Distribusi().Evaluate(input, Kuadran, new PredikatKinerja[2]));
    }

    [Fact]
    public void Evaluate_DeepChainOfUnits_DoesNotRecurse()
    {
        const int Units = 100_000;
        var parent = Enumerable.Range(0, Units).Select(u => u - 1).ToArray();
        var org = Enumerable.Repeat(PredikatKinerjaOrganisasi.Baik, Units).ToArray();
        var input = new BulkInput(new[] { Units - 1 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, parent, org);
        var result = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk)).Evaluate(input, Kuadran);

        Assert.Equal(Units - 1, input.MaxDepth);

        // The one employee is pooled up the whole chain into the root.
        Assert.Equal(1, result.GetJumlahDinilai(0).Total);
        Assert.Equal(StatusDistribusi.Digabung, result.GetStatus(Units - 1));
    }
}
