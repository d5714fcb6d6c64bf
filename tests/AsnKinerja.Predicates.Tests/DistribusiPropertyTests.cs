using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

public class DistribusiPropertyTests
{
    private static DistribusiOptions Opsi(Pembulatan r) => new(pembulatan: r);

    [Fact]
    public void KalkulatorKuota_ForEverySizeUpTo12_AgreesWithBruteForceExactly()
    {
        var mismatches = new List<string>();
        foreach (var organisasi in PolaReferensi.Organisasi)
        {
            foreach (var r in PolaReferensi.Roundings)
            {
                for (var n = 0; n <= 12; n++)
                {
                    var feasible = PolaReferensi.Feasible(organisasi, n, r);
                    var kuota = Distribusi(Opsi(r)).CalculateKuota(organisasi, n);
                    var label = $"{organisasi} n={n} {r}";
                    if (kuota.IsFeasible != feasible.Count > 0)
                    {
                        mismatches.Add($"{label}: IsFeasible {kuota.IsFeasible}, brute force {feasible.Count > 0}");
                        continue;
                    }

                    if (!kuota.IsFeasible)
                    {
                        if (Assert.Single(kuota.Findings).Code != "DST006")
                        {
                            mismatches.Add($"{label}: no DST006");
                        }

                        continue;
                    }

                    foreach (var p in PolaReferensi.Predikat)
                    {
                        var i = (int)p - 1;
                        var expected = new RentangKuota(feasible.Min(c => c[i]), feasible.Max(c => c[i]));
                        if (kuota[p] != expected)
                        {
                            mismatches.Add($"{label} {p}: {kuota[p]}, brute force {expected}");
                        }
                    }
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Check_PerubahanMinimumAndVerdict_AgreeWithBruteForce_ForEveryUnitUpTo12()
    {
        var mismatches = new List<string>();
        foreach (var organisasi in PolaReferensi.Organisasi)
        {
            foreach (var r in PolaReferensi.Roundings)
            {
                var opsi = new DistribusiOptions(pembulatan: r, unitKecil: KebijakanUnitKecil.Ketat);
                for (var n = 1; n <= 12; n++)
                {
                    var feasible = PolaReferensi.Feasible(organisasi, n, r);
                    foreach (var c in PolaReferensi.Compositions(n))
                    {
                        var hasil = Distribusi(opsi).Check("U", organisasi, PolaReferensi.ToJumlah(c));
                        var expectedChanges = PolaReferensi.MinimumChanges(c, feasible);
                        var meets = PolaReferensi.MeetsHard(organisasi, c, r);
                        var expectedStatus = feasible.Count == 0 ? StatusDistribusi.TidakMungkin : meets ? StatusDistribusi.Memenuhi : StatusDistribusi.TidakMemenuhi;
                        var hardFailed = hasil.Batasan.Any(b => b.Batasan.IsHard && !b.Terpenuhi);
                        if (hasil.PerubahanMinimum != expectedChanges || hasil.Status != expectedStatus || hardFailed == meets)
                        {
                            mismatches.Add($"{organisasi} {r} [{string.Join(",", c)}]: changes {hasil.PerubahanMinimum} vs {expectedChanges}, status {hasil.Status} vs {expectedStatus}, hard failed {hardFailed}");
                        }
                    }
                }
            }
        }

        Assert.Empty(mismatches.Take(20));
    }

    private static readonly Gen<(PredikatKinerjaOrganisasi Organisasi, Pembulatan Pembulatan, PredikatKinerja[] Predikat)> UnitGen =
        from organisasi in Gen.Elements(PolaReferensi.Organisasi)
        from r in Gen.Elements(PolaReferensi.Roundings)
        from n in Gen.Choose(0, 12)
        from predikat in Gen.Elements(PolaReferensi.Predikat).ArrayOf(n)
        select (organisasi, r, predikat);

    [Property(MaxTest = 300)]
    public Property Check_ReorderedEmployees_GiveTheSameVerdict()
    {
        var gen =
            from unit in UnitGen
            from keys in Gen.Choose(0, 10_000).ArrayOf(unit.Predikat.Length)
            from penegakan in Gen.Elements(TingkatPenegakan.Saran, TingkatPenegakan.Tegakkan)
            select (unit, keys, penegakan);

        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var opsi = new DistribusiOptions(pembulatan: x.unit.Pembulatan, penegakan: x.penegakan);
            var shuffled = x.unit.Predikat.Zip(x.keys, (p, k) => (p, k)).OrderBy(t => t.k).Select(t => t.p).ToArray();
            var a = Distribusi(opsi).Check("U-1", x.unit.Organisasi, x.unit.Predikat);
            var b = Distribusi(opsi).Check("U-1", x.unit.Organisasi, shuffled);
            return a.Status == b.Status
                && a.PerubahanMinimum == b.PerubahanMinimum
                && a.Findings.SequenceEqual(b.Findings)
                && a.Explanation == b.Explanation
                && a.Batasan.Select(h => (h.Terpenuhi, h.Rentang, h.Jumlah)).SequenceEqual(b.Batasan.Select(h => (h.Terpenuhi, h.Rentang, h.Jumlah)));
        });
    }

    private static readonly Gen<(PredikatKinerjaOrganisasi Organisasi, Pembulatan Pembulatan, PegawaiKalibrasi[] Pegawai, bool WithScores)> KalibrasiGen =
        from unit in UnitGen
        from withScores in Gen.Elements(true, false)
        from scores in Gen.Choose(0, 20).ArrayOf(unit.Predikat.Length)
        select (unit.Organisasi, unit.Pembulatan,
            unit.Predikat.Select((p, i) => new PegawaiKalibrasi(N(i), p, withScores ? scores[i] : null)).ToArray(),
            withScores);

    [Property(MaxTest = 500)]
    public Property Propose_WhenFeasible_PassesTheCheckWithTheBruteForceMinimumOfChanges()
    {
        return Prop.ForAll(KalibrasiGen.ToArbitrary(), x =>
        {
            var opsi = Opsi(x.Pembulatan);
            var usulan = Distribusi(opsi).Kalibrasi("U-1", x.Organisasi, x.Pegawai);
            var before = PolaReferensi.ToArray(JumlahPredikat.From(x.Pegawai.Select(p => p.Predikat)));
            var feasible = PolaReferensi.Feasible(x.Organisasi, x.Pegawai.Length, x.Pembulatan);
            if (feasible.Count == 0)
            {
                // DST006 once; a unit under the small-unit threshold also carries its advice-only note (DST007).
                var infeasibleFindings = usulan.Findings.Count(f => f.Code == "DST006") == 1
                    && usulan.Findings.All(f => f.Code is "DST006" or "DST007");
                return (!usulan.IsFeasible && infeasibleFindings && usulan.Perubahan.IsEmpty && usulan.Sesudah is null).Label("infeasible");
            }

            var after = usulan.Sesudah!.Value;
            var afterArray = PolaReferensi.ToArray(after);
            var pemeriksaan = usulan.PemeriksaanSesudah!;
            return (usulan.IsFeasible).Label("feasible")
                .And(PolaReferensi.MeetsHard(x.Organisasi, afterArray, x.Pembulatan)).Label("after meets the reference constraints")
                .And(pemeriksaan.Batasan.All(b => !b.Batasan.IsHard || b.Terpenuhi)).Label("no hard constraint failed")
                .And(pemeriksaan.Status is StatusDistribusi.Memenuhi or StatusDistribusi.Kosong).Label("status")
                .And(usulan.Perubahan.Length == PolaReferensi.MinimumChanges(before, feasible)).Label("minimal")
                .And(after.Total == x.Pegawai.Length).Label("counts add up");
        });
    }

    [Property(MaxTest = 500)]
    public Property Propose_AmongProposalsWithTheFewestChanges_MovesTheFewestPredicateStepsInTotal()
    {
        return Prop.ForAll(KalibrasiGen.ToArbitrary(), x =>
        {
            var usulan = Distribusi(Opsi(x.Pembulatan)).Kalibrasi("U-1", x.Organisasi, x.Pegawai);
            if (!usulan.IsFeasible)
            {
                return true.ToProperty();
            }

            var before = PolaReferensi.ToArray(usulan.Sebelum);
            var feasible = PolaReferensi.Feasible(x.Organisasi, x.Pegawai.Length, x.Pembulatan);
            var fewest = PolaReferensi.MinimumChanges(before, feasible)!.Value;

            // Brute force: every target with the fewest changes; the steps of the best one-to-one move of the
            // surplus employees to the gaps (on an ordered line, the distance of the prefix sums).
            var steps = feasible
                .Where(t => Enumerable.Range(0, 5).Sum(p => Math.Max(0, before[p] - t[p])) == fewest)
                .Min(t => Enumerable.Range(0, 4).Sum(k => Math.Abs(Enumerable.Range(0, k + 1).Sum(p => before[p] - t[p]))));
            var actual = usulan.Perubahan.Sum(c => Math.Abs((int)c.Dari - (int)c.Menjadi));
            return (actual == steps).Label($"steps {actual}, brute force {steps}");
        });
    }

    [Property(MaxTest = 500)]
    public Property Propose_Changes_AreConsistentWithTheCountsAndTouchOnlySurplusPredicates()
    {
        return Prop.ForAll(KalibrasiGen.ToArbitrary(), x =>
        {
            var usulan = Distribusi(Opsi(x.Pembulatan)).Kalibrasi("U-1", x.Organisasi, x.Pegawai);
            if (!usulan.IsFeasible)
            {
                return true.ToProperty();
            }

            var before = usulan.Sebelum;
            var after = usulan.Sesudah!.Value;
            var byId = x.Pegawai.ToDictionary(p => p.Nip);
            var applied = x.Pegawai.Select(p => p.Predikat).ToList();
            var ok = usulan.Perubahan.Select(c => c.Nip).Distinct().Count() == usulan.Perubahan.Length;
            foreach (var c in usulan.Perubahan)
            {
                ok &= byId[c.Nip].Predikat == c.Dari && c.Dari != c.Menjadi && before[c.Dari] > after[c.Dari] && after[c.Menjadi] > before[c.Menjadi];
                var index = Array.FindIndex(x.Pegawai, p => p.Nip == c.Nip);
                applied[index] = c.Menjadi;
            }

            return (ok.Label("each change moves a surplus employee to a gap")
                .And(JumlahPredikat.From(applied) == after).Label("changes applied give the proposed counts")
                .And(before == JumlahPredikat.From(x.Pegawai.Select(p => p.Predikat))).Label("before"))
                .And(usulan.Perubahan.Select(c => Array.FindIndex(x.Pegawai, p => p.Nip == c.Nip)).SequenceEqual(usulan.Perubahan.Select(c => Array.FindIndex(x.Pegawai, p => p.Nip == c.Nip)).OrderBy(i => i))).Label("input order");
        });
    }

    [Property(MaxTest = 500)]
    public Property Propose_WithScores_MovesDownTheLowestAndUpTheHighestScoresOfEachPredicate()
    {
        return Prop.ForAll(KalibrasiGen.Where(x => x.WithScores).ToArbitrary(), x =>
        {
            var usulan = Distribusi(Opsi(x.Pembulatan)).Kalibrasi("U-1", x.Organisasi, x.Pegawai);
            var moved = usulan.Perubahan.ToDictionary(c => c.Nip);
            var ok = true;
            foreach (var c in usulan.Perubahan)
            {
                var stayed = x.Pegawai.Where(p => p.Predikat == c.Dari && !moved.ContainsKey(p.Nip)).Select(p => p.Skor!.Value).ToList();
                if (stayed.Count == 0)
                {
                    continue;
                }

                ok &= c.Menjadi < c.Dari ? c.Skor <= stayed.Min() : c.Skor >= stayed.Max();
            }

            return ok;
        });
    }

    [Fact]
    public void Propose_WithoutScores_ReportsTheInputOrderPolicy()
    {
        var pegawai = Enumerable.Range(0, 10).Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik)).ToArray();

        var usulan = Distribusi().Kalibrasi("U-1", PredikatKinerjaOrganisasi.Istimewa, pegawai);

        // 10 SB under Istimewa: SB ≤ 70% = 7, so 3 must leave SB; the nearest allowed predicate is Baik, one step
        // down; without scores the first 3 in input order move.
        Assert.Equal(new[] { N(0), N(1), N(2) }, usulan.Perubahan.Select(c => c.Nip));
        Assert.All(usulan.Perubahan, c => Assert.Equal(PredikatKinerja.Baik, c.Menjadi));
        Assert.Equal(new JumlahPredikat(0, 0, 0, 3, 7), usulan.Sesudah);
        var policy = Assert.Single(usulan.Policies, p => p.Name == "PemilihanPegawaiKalibrasi");
        Assert.False(policy.IsDefault);
        Assert.Contains("UrutanMasukan", policy.Choice, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_ScoresMissingForSomeEmployees_IgnoresAllScoresAndUsesInputOrder()
    {
        // 10 SB under Istimewa: 3 must move to Baik. P0 has no score; the others have high scores except P9.
        // With incomplete scores, no score is used: the first three in input order move, not the lowest scores.
        var pegawai = Enumerable.Range(0, 10)
            .Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik, i == 0 ? null : i == 9 ? 1m : 90m))
            .ToArray();

        var usulan = Distribusi().Kalibrasi("U-1", PredikatKinerjaOrganisasi.Istimewa, pegawai);

        Assert.Equal(new[] { N(0), N(1), N(2) }, usulan.Perubahan.Select(c => c.Nip));
        Assert.Contains("UrutanMasukan", Assert.Single(usulan.Policies, p => p.Name == "PemilihanPegawaiKalibrasi").Choice, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_UnitBelowTheSmallUnitThreshold_IsMarkedAsAdviceOnly()
    {
        // One Baik employee in a Baik unit: B ≤ 70% of 1 is 0 and BP/K must exist, so the only employee would move to
        // Butuh Perbaikan. Under the default small-unit policy that proposal is advice only (DST007, Info).
        var usulan = Distribusi().Kalibrasi("U-1", PredikatKinerjaOrganisasi.Baik, new[] { new PegawaiKalibrasi(N(0), PredikatKinerja.Baik) });

        var note = Assert.Single(usulan.Findings);
        Assert.Equal("DST007", note.Code);
        Assert.Equal(FindingSeverity.Info, note.Severity);
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, Assert.Single(usulan.Perubahan).Menjadi);

        var strict = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.Ketat)).Kalibrasi("U-1", PredikatKinerjaOrganisasi.Baik, new[] { new PegawaiKalibrasi(N(0), PredikatKinerja.Baik) });
        Assert.Empty(strict.Findings);
    }

    [Fact]
    public void Check_SmallInfeasibleUnit_KuotaAndVerdictReportDst006WithTheSameSeverity()
    {
        var verdict = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Kurang, new JumlahPredikat(0, 2, 0, 0, 0));

        var inVerdict = Assert.Single(verdict.Findings, f => f.Code == "DST006");
        Assert.Equal(FindingSeverity.Info, inVerdict.Severity);
        Assert.Equal(inVerdict, Assert.Single(verdict.Kuota.Findings));
    }

    [Fact]
    public void Cap_And_Floor_OutOfRangeArguments_Throw()
    {
        var opsi = DistribusiOptions.Default;
        Assert.Throws<ArgumentOutOfRangeException>(() => opsi.Cap(101, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => opsi.Floor(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => opsi.Cap(70, -1));
        Assert.Equal(7, opsi.Cap(70, 10));
        Assert.Equal(6, opsi.Floor(60, 10));
    }

    [Fact]
    public void Propose_DuplicateIds_Throws()
    {
        var pegawai = new[] { new PegawaiKalibrasi(N(1), PredikatKinerja.Baik), new PegawaiKalibrasi(N(1), PredikatKinerja.SangatBaik) };

        Assert.Throws<ArgumentException>(() => Distribusi().Kalibrasi("U-1", PredikatKinerjaOrganisasi.Baik, pegawai));
    }
}
