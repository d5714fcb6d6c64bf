// Given for the documentation samples (after the skp given): the SKP's employee, where the employees of a school worked
// in the first half of 2024 and the special statuses they had (one teacher on study leave from April).
using AsnKinerja;
using NodaTime;

var nip = skp.Pegawai;
var guru = Nip.Parse("198807202012121003");
var riwayat = new[]
{
    new RiwayatPenempatan(Nip.Parse("197204101998032001"), "SDN1", new LocalDate(2020, 7, 1), isKepala: true),
    new RiwayatPenempatan(guru, "SDN1", new LocalDate(2015, 1, 5)),
    new RiwayatPenempatan(Nip.Parse("199001152015022002"), "SDN1", new LocalDate(2016, 3, 1)),
};
var status = new[] { new StatusPegawai(guru, JenisStatusPegawai.TugasBelajar, new LocalDate(2024, 4, 1)) };
