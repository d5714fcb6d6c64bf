// Given for the documentation samples: a unit of ten with the predicates the evaluation gave and each one's score.
using AsnKinerja;

var daftarPegawai = Enumerable.Range(1, 10).Select(i => new
{
    Nip = Nip.Parse("198503122010011" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)),
    Predikat = i <= 8 ? PredikatKinerja.SangatBaik : PredikatKinerja.Baik,
    Skor = (decimal?)(100 - (i * 3)),
}).ToArray();
