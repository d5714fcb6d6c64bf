// Given for the documentation samples: feedback recorded during 2024, one entry per BerAKHLAK value.
using AsnKinerja;
using AsnKinerja.BehaviourRubric;
using NodaTime;

var umpanBalik = Enum.GetValues<NilaiBerakhlak>().Select((nilai, i) => new UmpanBalik(
    "UB-" + (i + 1), nilai, SumberUmpanBalik.PejabatPenilai, new LocalDate(2024, 6, 3),
    "Catatan perilaku", new[] { "ND/123/2024" }, Ekspektasi.Sesuai)).ToArray();
