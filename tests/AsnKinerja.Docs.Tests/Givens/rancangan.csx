// Given for the documentation samples: an agency's own distribution rule set (a draft circular under public review),
// built as docs/versioning.md shows, here with the patterns of SE MenPANRB 3/2023 unchanged.
using AsnKinerja;
using AsnKinerja.Predicates;
using NodaTime;

var rancanganSuratEdaran = DistribusiRules.Create(
    new RuleSet(
        new RuleSetId("RancanganSeDistribusi2027"),
        "Rancangan SE Distribusi 2027",
        "Rancangan surat edaran tentang pola distribusi predikat kinerja pegawai (uji publik)",
        effectiveFrom: new LocalDate(2027, 1, 1),
        effectiveUntil: null,
        aliases: Array.Empty<string>(),
        periodsFrom: new LocalDate(2026, 1, 1)),
    DistribusiRules.SeMenPanRb3Tahun2023.Pola);
var myDraftCircular = rancanganSuratEdaran;
