using AsnKinerja.Predicates;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// The bulk engine's fast paths against the one-unit API and against each other: datasets large enough for the
/// 64-employee blocks, in every order the engine distinguishes (sorted by unit, grouped in another order, shuffled, runs
/// of random length), through both the typed and the byte columns, for the library's rule set and a caller's own, and
/// for the default leader-rule mapping and another; every kernel and both counting paths; every vector width of
/// validation; and input changed after validation.
/// </summary>
public sealed class BulkLayoutTests
{
    public enum Order
    {
        Sorted = 1,
        Grouped = 2,
        Shuffled = 3,
        Runs = 4,
    }

    private static Gen<DistribusiOptions> OptionsGen =>
        from rounding in Gen.Elements(Pembulatan.Ketat, Pembulatan.SetengahKeAtas)
        from small in Gen.Elements(KebijakanUnitKecil.Ketat, KebijakanUnitKecil.SaranDiBawahAmbang, KebijakanUnitKecil.GabungKeInduk)
        from threshold in Gen.Choose(1, 40)
        from headPolicy in Gen.Elements(PenghitunganKepalaUnit.UnitInduk, PenghitunganKepalaUnit.UnitSendiri)
        from most in Gen.Elements(MaknaSebagianBesar.KelompokTerbesar, MaknaSebagianBesar.LebihDariSetengah)
        select new DistribusiOptions(rounding, most, small, threshold, headPolicy);

    /// <summary>A leader-rule mapping other than the default: only an Istimewa unit gives its head Di Atas, Baik and Butuh Perbaikan give Sesuai.</summary>
    private static readonly PemetaanRatingPimpinan Longgar = new("Longgar", new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
    {
        [PredikatKinerjaOrganisasi.SangatKurang] = Ekspektasi.DiBawah,
        [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.DiBawah,
        [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.Sesuai,
        [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.Sesuai,
        [PredikatKinerjaOrganisasi.Istimewa] = Ekspektasi.DiAtas,
    });

    /// <summary>The rules a case runs under: the library's or the test agency's patterns, the default or another leader mapping.</summary>
    public sealed record Rules(bool Custom, bool OtherMapping)
    {
        public IDistribusiRules Distribusi(DistribusiOptions opsi) => (Custom ? PolaInstansi.Rules : DistribusiRules.SeMenPanRb3Tahun2023).WithOptions(opsi);

        public IKuadranRules Kuadran => OtherMapping ? AturanUji.Kuadran.WithPemetaan(Longgar) : AturanUji.Kuadran;
    }

    private static Gen<Rules> RulesGen =>
        from custom in Gen.Elements(false, true)
        from mapping in Gen.Elements(false, true)
        select new Rules(custom, mapping);

    private static Gen<BulkEvaluatorTests.Dataset> DatasetGen =>
        from seed in Gen.Choose(0, int.MaxValue)
        from units in Gen.Choose(1, 40)
        from employees in Gen.Choose(0, 3000)
        from order in Gen.Elements(Order.Sorted, Order.Grouped, Order.Shuffled, Order.Runs)
        from decided in Gen.Elements(false, true)
        from opsi in OptionsGen
        select Build(seed, units, employees, order, decided, opsi);

    /// <summary>A seeded dataset: a forest relabelled at random (so parents may have larger indexes), skewed ratings, heads, and the employees in the given order.</summary>
    internal static BulkEvaluatorTests.Dataset Build(int seed, int units, int employees, Order order, bool withDecided, DistribusiOptions opsi)
    {
        var random = new System.Random(seed);
        var label = Enumerable.Range(0, units).OrderBy(_ => random.Next()).ToArray();
        var parent = new int[units];
        for (var u = 0; u < units; u++)
        {
            var p = u == 0 || random.Next(6) == 0 ? -1 : random.Next(u);
            parent[label[u]] = p < 0 ? -1 : label[p];
        }

        var org = Enumerable.Range(0, units).Select(_ => (PredikatKinerjaOrganisasi)random.Next(1, 6)).ToArray();
        var unit = Enumerable.Range(0, employees).Select(_ => random.Next(3) == 0 ? random.Next(units) : random.Next(Math.Max(1, units / 3))).ToArray();
        unit = Arrange(unit, order, units, random);

        // Mostly Sesuai and Di Atas, so the engine meets realistic mixes as well as every class.
        Ekspektasi Rating() => random.Next(10) switch { 0 => Ekspektasi.DiBawah, < 6 => Ekspektasi.Sesuai, _ => Ekspektasi.DiAtas };
        var hasil = Enumerable.Range(0, employees).Select(_ => Rating()).ToArray();
        var perilaku = Enumerable.Range(0, employees).Select(_ => Rating()).ToArray();
        var decided = Enumerable.Range(0, employees).Select(_ => withDecided && random.Next(4) == 0 ? (PredikatKinerja)random.Next(1, 6) : 0).ToArray();
        var head = Enumerable.Repeat(-1, units).ToArray();
        for (var i = 0; i < employees; i++)
        {
            if (random.Next(8) == 0 && (head[unit[i]] < 0 || random.Next(2) == 0))
            {
                head[unit[i]] = i;
            }
        }

        return new BulkEvaluatorTests.Dataset(parent, org, head, unit, hasil, perilaku, decided, opsi);
    }

    private static int[] Arrange(int[] unit, Order order, int units, System.Random random)
    {
        switch (order)
        {
            case Order.Sorted:
                return unit.OrderBy(u => u).ToArray();
            case Order.Grouped:
                var rank = Enumerable.Range(0, units).OrderBy(_ => random.Next()).ToArray();
                return unit.OrderBy(u => rank[u]).ToArray();
            case Order.Shuffled:
                return unit.OrderBy(_ => random.Next()).ToArray();
            default:
                // Runs of 1 to 200 employees of one unit; a unit may come back later.
                var result = new int[unit.Length];
                for (var i = 0; i < result.Length;)
                {
                    var u = random.Next(units);
                    for (var n = random.Next(1, 201); n > 0 && i < result.Length; n--)
                    {
                        result[i++] = u;
                    }
                }

                return result;
        }
    }

    private static BulkInput TypedInput(BulkEvaluatorTests.Dataset d) => new(d.Unit, d.Hasil, d.Perilaku, d.Parent, d.Org, d.Head, d.Decided);

    private static BulkInput ByteInput(BulkEvaluatorTests.Dataset d) => BulkInput.FromByteColumns(
        d.Unit, d.Hasil.Select(h => (byte)h).ToArray(), d.Perilaku.Select(h => (byte)h).ToArray(), d.Parent, d.Org.Select(o => (byte)o).ToArray(), d.Head, d.Decided.Select(p => (byte)p).ToArray());

    [Property(MaxTest = 150)]
    public Property Evaluate_EveryOrderOfEmployeesAndRules_AgreesWithTheOneUnitApi()
    {
        return Prop.ForAll(DatasetGen.ToArbitrary(), RulesGen.ToArbitrary(), (d, r) =>
        {
            var rules = r.Distribusi(d.Opsi);
            var (predicates, judged, status) = BulkEvaluatorTests.Reference(d, rules, r.Kuadran);
            var output = new PredikatKinerja[d.Unit.Length];
            var result = rules.Evaluate(TypedInput(d), r.Kuadran, output);
            return output.SequenceEqual(predicates)
                && result.JumlahTotal.Total == d.Unit.Length
                && Enumerable.Range(0, d.Parent.Length).All(u => result.GetJumlahDinilai(u) == judged[u] && result.GetStatus(u) == status[u]);
        });
    }

    [Property(MaxTest = 80)]
    public Property FromByteColumns_EveryOrderOfEmployeesAndRules_SameAnswerAsTheTypedColumns()
    {
        return Prop.ForAll(DatasetGen.ToArbitrary(), RulesGen.ToArbitrary(), (d, r) =>
        {
            var rules = r.Distribusi(d.Opsi);
            var typedOutput = new PredikatKinerja[d.Unit.Length];
            var byteOutput = new byte[d.Unit.Length];
            var typed = rules.Evaluate(TypedInput(d), r.Kuadran, typedOutput);
            var bytes = rules.Evaluate(ByteInput(d), r.Kuadran, byteOutput);
            return typedOutput.Select(p => (byte)p).SequenceEqual(byteOutput)
                && typed.JumlahTotal == bytes.JumlahTotal
                && Enumerable.Range(0, d.Parent.Length).All(u => typed.GetJumlahDihitung(u) == bytes.GetJumlahDihitung(u) && typed.GetStatus(u) == bytes.GetStatus(u) && typed.GetDigabungKe(u) == bytes.GetDigabungKe(u));
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_UnitsWithAHeadColumnAndNoEmployees_EveryUnitEmpty(bool byteColumns)
    {
        // Units with a head column but no employee at all: the head pass has nobody to read.
        var parents = new[] { -1, 0, 0 };
        var heads = new[] { -1, -1, -1 };
        var input = byteColumns
            ? BulkInput.FromByteColumns(Array.Empty<int>(), Array.Empty<byte>(), Array.Empty<byte>(), parents, new byte[] { 2, 1, 4 }, heads, Array.Empty<byte>())
            : new BulkInput(Array.Empty<int>(), Array.Empty<Ekspektasi>(), Array.Empty<Ekspektasi>(), parents, new[] { PredikatKinerjaOrganisasi.Kurang, PredikatKinerjaOrganisasi.SangatKurang, PredikatKinerjaOrganisasi.Baik }, heads);
        foreach (var kuadran in new[] { AturanUji.Kuadran, AturanUji.Kuadran.WithPemetaan(Longgar) })
        {
            var result = DistribusiRules.SeMenPanRb3Tahun2023.Evaluate(input, kuadran, Memory<PredikatKinerja>.Empty);

            Assert.Equal(0, result.JumlahTotal.Total);
            Assert.All(Enumerable.Range(0, 3), u => Assert.Equal(0, result.GetJumlahDihitung(u).Total));
        }
    }

    [Property(MaxTest = 200)]
    public Property EmployeePass_EveryKernelAndBothPaths_CountsLikeAPlainLoop()
    {
        var gen =
            from seed in Gen.Choose(0, int.MaxValue)
            from units in Gen.Choose(1, 30)
            from employees in Gen.Choose(0, 700)
            from order in Gen.Elements(Order.Sorted, Order.Grouped, Order.Shuffled, Order.Runs)
            from decided in Gen.Elements(false, true)
            from output in Gen.Elements(false, true)
            from cut in Gen.Choose(0, 1000)
            select (seed, units, employees, order, decided, output, cut);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var d = Build(t.seed, t.units, t.employees, t.order, t.decided, DistribusiOptions.Default);
            var start = t.employees == 0 ? 0 : t.cut % (t.employees + 1);
            var end = start + ((t.employees - start) * (t.cut % 7) / 6);
            var table = BulkRun.DefaultClassTable;
            var expected = new int[t.units * 5];
            var expectedOutput = new byte[t.employees];
            for (var i = start; i < end; i++)
            {
                var cls = t.decided && d.Decided[i] != 0 ? (int)d.Decided[i] - 1 : table[((int)d.Hasil[i] * 4) + (int)d.Perilaku[i]];
                expected[(d.Unit[i] * 5) + cls]++;
                expectedOutput[i] = (byte)(cls + 1);
            }

            var hasil = d.Hasil.Select(h => (byte)h).ToArray();
            var perilaku = d.Perilaku.Select(h => (byte)h).ToArray();
            var decided = t.decided ? d.Decided.Select(p => (byte)p).ToArray() : Array.Empty<byte>();
            foreach (var kernel in EmployeePass.Supported)
            {
                foreach (var runs in new[] { true, false })
                {
                    var counts = new int[t.units * 5];
                    var written = new byte[t.employees];
                    var columns = new EmployeeColumns(d.Unit, hasil, perilaku, decided, t.output ? written : Span<byte>.Empty, table, t.units);
                    EmployeePass.Count(columns, start, end, counts, runs, kernel);
                    if (!counts.SequenceEqual(expected) || (t.output && !written.SequenceEqual(expectedOutput)))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void EmployeePass_ColumnsOutsideTheirRange_EveryKernelCountsEachEmployeeOnceInsideTheCounts()
    {
        // Columns changed after validation: the answers mean nothing, but every employee still adds exactly one count
        // and no write leaves the counts array (which would show as a corrupted neighbour or a crash).
        var random = new System.Random(7);
        const int Employees = 1000;
        const int Units = 3;
        var unit = Enumerable.Range(0, Employees).Select(i => i % 3 == 0 ? random.Next() - (int.MaxValue / 2) : i / 400).ToArray();
        var hasil = Enumerable.Range(0, Employees).Select(_ => (byte)random.Next(256)).ToArray();
        var perilaku = Enumerable.Range(0, Employees).Select(_ => (byte)random.Next(256)).ToArray();
        var decided = Enumerable.Range(0, Employees).Select(_ => (byte)random.Next(256)).ToArray();
        foreach (var kernel in EmployeePass.Supported)
        {
            foreach (var runs in new[] { true, false })
            {
                foreach (var withDecided in new[] { false, true })
                {
                    var memory = new int[(Units * 5) + 2];
                    var counts = memory.AsSpan(1, Units * 5);
                    var columns = new EmployeeColumns(unit, hasil, perilaku, withDecided ? decided : Array.Empty<byte>(), Span<byte>.Empty, BulkRun.DefaultClassTable, Units);
                    EmployeePass.Count(columns, 0, Employees, counts, runs, kernel);
                    Assert.Equal(Employees, counts.ToArray().Sum());
                    Assert.Equal(0, memory[0]);
                    Assert.Equal(0, memory[^1]);
                }
            }
        }
    }

    [Fact]
    public void Evaluate_ColumnsChangedAfterValidation_CountsEveryEmployeeOnce()
    {
        var d = Build(11, 20, 2000, Order.Shuffled, true, DistribusiOptions.Default) with { Head = Enumerable.Repeat(-1, 20).ToArray() };
        var input = TypedInput(d);
        for (var i = 0; i < d.Unit.Length; i += 3)
        {
            d.Unit[i] = int.MaxValue - i;
            d.Hasil[i] = (Ekspektasi)200;
            d.Decided[i] = (PredikatKinerja)77;
        }

        var result = Distribusi().Evaluate(input, Kuadran);

        Assert.Equal(d.Unit.Length, result.JumlahTotal.Total);
    }

    [Theory]
    [InlineData(Order.Sorted, 2)]
    [InlineData(Order.Sorted, 3)]
    [InlineData(Order.Grouped, 2)]
    [InlineData(Order.Shuffled, 3)]
    [InlineData(Order.Runs, 2)]
    public void Evaluate_ParallelOnEveryOrder_SameAnswerAsSequential(Order order, int degree)
    {
        // Large enough to split: at least 131,072 employees per partition, and 16,384 units per partition for the head
        // pass and the verdicts.
        foreach (var small in new[] { KebijakanUnitKecil.SaranDiBawahAmbang, KebijakanUnitKecil.GabungKeInduk })
        {
            var d = BuildLarge(order, 400_000, 40_000, new DistribusiOptions(unitKecil: small));
            var input = TypedInput(d);
            var sequentialOutput = new PredikatKinerja[d.Unit.Length];
            var parallelOutput = new PredikatKinerja[d.Unit.Length];
            var sequential = Distribusi(d.Opsi).Evaluate(input, Kuadran, sequentialOutput, new BulkOptions(derajatParalel: 1));
            var parallel = Distribusi(d.Opsi).Evaluate(input, Kuadran, parallelOutput, new BulkOptions(derajatParalel: degree));

            Assert.Equal(sequentialOutput, parallelOutput);
            Assert.Equal(sequential.JumlahTotal, parallel.JumlahTotal);
            Assert.Equal(sequential.UnitPerStatus, parallel.UnitPerStatus);
            for (var u = 0; u < d.Parent.Length; u++)
            {
                Assert.Equal(sequential.GetJumlahDihitung(u), parallel.GetJumlahDihitung(u));
                Assert.Equal(sequential.GetJumlahDinilai(u), parallel.GetJumlahDinilai(u));
                Assert.Equal(sequential.GetStatus(u), parallel.GetStatus(u));
            }
        }
    }

    [Property(MaxTest = 1000)]
    public Property Status_AnyCountsSmallOrLarge_SameVerdictAsTheOneUnitCheck()
    {
        // Unit sizes on both sides of the table's limit (1,024), skewed towards one class as real units are.
        var gen =
            from opsi in OptionsGen
            from org in Gen.Choose(1, 5)
            from scale in Gen.Elements(1, 10, 100, 1000, 3000)
            from weights in Gen.Choose(0, 100).ArrayOf(5)
            from noise in Gen.Choose(0, 3).ArrayOf(5)
            from custom in Gen.Elements(false, true)
            select (opsi, org, custom, counts: weights.Select((w, k) => (w * scale / 100) + noise[k]).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var rules = (t.custom ? PolaInstansi.Rules : DistribusiRules.SeMenPanRb3Tahun2023).WithOptions(t.opsi);
            var compiled = new PolaTerkompilasi(rules.Pola, t.opsi);
            var expected = rules.Check("U", (PredikatKinerjaOrganisasi)t.org, JumlahPredikat.FromSpan(t.counts)).Status;
            return compiled.Status(t.org, t.counts) == expected && compiled.Status(t.org, t.counts) == expected;
        });
    }

    [Theory]
    [InlineData(429_496_730)]
    [InlineData(1_000_000_000)]
    [InlineData(int.MaxValue)]
    public void Status_UnitAboveAFifthOfIntMaxValue_SameVerdictAsTheOneUnitCheckWithoutOverflow(int n)
    {
        // Five upper bounds of n each pass int.MaxValue from 429,496,730 employees on: the feasibility test sums them in long.
        foreach (var custom in new[] { false, true })
        {
            foreach (var rounding in new[] { Pembulatan.Ketat, Pembulatan.SetengahKeAtas })
            {
                var rules = (custom ? PolaInstansi.Rules : DistribusiRules.SeMenPanRb3Tahun2023).WithOptions(new DistribusiOptions(rounding));
                var compiled = new PolaTerkompilasi(rules.Pola, rules.Options);
                var tenth = n / 10;
                var mixes = new[]
                {
                    new[] { 0, 0, tenth, n - (3 * tenth), 2 * tenth },
                    new[] { 0, 0, 0, n, 0 },
                    new[] { n - tenth, tenth, 0, 0, 0 },
                    new[] { 0, 0, 0, 3 * tenth, n - (3 * tenth) },
                };
                for (var org = 1; org <= 5; org++)
                {
                    foreach (var counts in mixes)
                    {
                        var expected = rules.Check("U", (PredikatKinerjaOrganisasi)org, JumlahPredikat.FromSpan(counts)).Status;
                        Assert.Equal(expected, compiled.Status(org, counts));
                    }
                }
            }
        }
    }

    [Fact]
    public void Status_CountsAddingUpBeyondIntMaxValue_ThrowsArgumentExceptionNamingTheLimit()
    {
        var compiled = new PolaTerkompilasi(DistribusiRules.SeMenPanRb3Tahun2023.Pola, DistribusiOptions.Default);

        var error = Assert.Throws<ArgumentException>(() => compiled.Status(4, new[] { 0, 0, 1, int.MaxValue, 0 }));

        Assert.Contains("2,147,483,647", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckJumlahUnit_MoreUnitsThanTheEngineHolds_ThrowsArgumentExceptionNamingTheLimit()
    {
        Assert.Equal(BulkInput.MaksimumUnit, BulkInput.CheckJumlahUnit(BulkInput.MaksimumUnit, "indukUnit"));

        var error = Assert.Throws<ArgumentException>(() => BulkInput.CheckJumlahUnit(BulkInput.MaksimumUnit + 1, "indukUnit"));

        Assert.Equal("indukUnit", error.ParamName);
        Assert.Contains("400,000,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ParallelOptionsReusedAcrossDatasets_SameAnswersAsFreshOptions()
    {
        // The options keep their partitions' count arrays between runs: a later run, larger or smaller, must not see
        // what an earlier one counted.
        var reused = new BulkOptions(derajatParalel: 2);
        foreach (var (employees, units) in new[] { (300_000, 30_000), (280_000, 3_000), (300_000, 30_000) })
        {
            var d = BuildLarge(Order.Shuffled, employees, units, DistribusiOptions.Default);
            var input = TypedInput(d);
            var expected = Distribusi().Evaluate(input, Kuadran, new BulkOptions(derajatParalel: 1));
            var actual = Distribusi().Evaluate(input, Kuadran, reused);
            Assert.Equal(expected.JumlahTotal, actual.JumlahTotal);
            Assert.All(Enumerable.Range(0, units), u => Assert.Equal(expected.GetJumlahDihitung(u), actual.GetJumlahDihitung(u)));
        }
    }

    [Fact]
    public void PreferRuns_LongRunsOrShuffled_ChoosesRunsOnlyForLongRuns()
    {
        var sorted = Enumerable.Range(0, 100_000).Select(i => i / 100).ToArray();
        var shuffled = Enumerable.Range(0, sorted.Length).Select(k => sorted[(int)(k * 7919L % sorted.Length)]).ToArray();
        var pairs = Enumerable.Range(0, 100_000).Select(i => i / 2).ToArray();

        Assert.True(EmployeePass.PreferRuns(sorted, 0, sorted.Length));
        Assert.False(EmployeePass.PreferRuns(shuffled, 0, shuffled.Length));
        Assert.False(EmployeePass.PreferRuns(pairs, 0, pairs.Length));
    }

    [Property(MaxTest = 300)]
    public Property ColumnChecks_EveryVectorWidth_AgreesWithAPlainLoop()
    {
        var gen =
            from values in Gen.Choose(-3, 40).ArrayOf()
            from min in Gen.Choose(-2, 5)
            from span in Gen.Choose(-1, 40)
            from sorted in Gen.Elements(false, true)
            select (values: sorted ? values.OrderBy(v => v).ToArray() : values, min, max: min + span);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var inRange = t.values.All(v => v >= t.min && v <= t.max);
            var nonDecreasing = t.values.Zip(t.values.Skip(1), (a, b) => a <= b).All(x => x);
            var bytes = t.values.Select(v => unchecked((byte)v)).ToArray();
            var byteMin = (byte)Math.Max(0, t.min);
            var byteMax = (byte)Math.Clamp(t.max, 0, 255);
            var bytesInRange = t.max >= byteMin && bytes.All(b => b >= byteMin && b <= byteMax);
            return new[] { 512, 256, 128, 0 }.All(bits =>
                ColumnChecks.InRange(t.values, t.min, t.max, out var nd, bits) == inRange
                && (!inRange || nd == nonDecreasing)
                && (t.max < byteMin || ColumnChecks.InRange(bytes, byteMin, byteMax, bits) == bytesInRange));
        });
    }

    private static BulkEvaluatorTests.Dataset BuildLarge(Order order, int employees, int units, DistribusiOptions opsi)
    {
        var random = new System.Random(20241231);
        var parent = Enumerable.Range(0, units).Select(u => u == 0 || random.Next(50) == 0 ? -1 : random.Next(u)).ToArray();
        var org = Enumerable.Range(0, units).Select(_ => (PredikatKinerjaOrganisasi)random.Next(1, 6)).ToArray();
        var unit = Arrange(Enumerable.Range(0, employees).Select(_ => random.Next(units)).ToArray(), order, units, random);
        var hasil = Enumerable.Range(0, employees).Select(_ => (Ekspektasi)random.Next(1, 4)).ToArray();
        var perilaku = Enumerable.Range(0, employees).Select(_ => (Ekspektasi)random.Next(1, 4)).ToArray();
        var decided = Enumerable.Range(0, employees).Select(_ => random.Next(10) == 0 ? (PredikatKinerja)random.Next(1, 6) : 0).ToArray();
        var head = Enumerable.Repeat(-1, units).ToArray();
        for (var i = 0; i < employees; i++)
        {
            if (head[unit[i]] < 0 && random.Next(3) == 0)
            {
                head[unit[i]] = i;
            }
        }

        return new BulkEvaluatorTests.Dataset(parent, org, head, unit, hasil, perilaku, decided, opsi);
    }
}
