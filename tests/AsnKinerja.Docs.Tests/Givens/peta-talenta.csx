// Given for the documentation samples: the employees of one unit with their yearly predicates and potential scores.
using AsnKinerja;
using AsnKinerja.NineBox;

var daftarPegawai = new[]
{
    new DataTalentaPegawai(Nip.Parse("198503122010011001"),
        new[] { new KinerjaTahunan(2023, PredikatKinerja.SangatBaik, PredikatKinerja.SangatBaik), new KinerjaTahunan(2024, PredikatKinerja.SangatBaik, PredikatKinerja.SangatBaik) },
        NilaiPotensial.FromSkor(82.5m)),
    new DataTalentaPegawai(Nip.Parse("199001152015022002"),
        new[] { new KinerjaTahunan(2023, PredikatKinerja.Baik, PredikatKinerja.Baik), new KinerjaTahunan(2024, PredikatKinerja.Baik, PredikatKinerja.Baik) },
        NilaiPotensial.FromSkor(64m)),
    new DataTalentaPegawai(Nip.Parse("198807202012121003"),
        new[] { new KinerjaTahunan(2024, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.ButuhPerbaikan) },
        NilaiPotensial.FromTingkat(TingkatPotensial.Rendah)),
};
