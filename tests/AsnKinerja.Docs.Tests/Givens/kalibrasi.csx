// Given for the documentation samples: a unit of ten with the predicates the evaluation gave and each one's score.
using AsnKinerja;

var daftarPegawai = Enumerable.Range(1, 10).Select(i => new
{
    Id = Nip.Parse("199001012015011" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)),
    Predikat = i <= 8 ? PredikatKinerja.SangatBaik : PredikatKinerja.Baik,
    Skor = (decimal?)(100 - (i * 3)),
}).ToArray();
