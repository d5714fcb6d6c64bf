using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// The NIP: 18 digits. PNS = birth date (yyyyMMdd) + month of appointment (yyyyMM) + gender digit (1 male, 2 female) +
/// a three-digit sequence number. PPPK = birth date + year of appointment (yyyy) + the PPPK code 2 + the recruitment
/// round (1–9) + gender digit + sequence number.
/// </summary>
public sealed class NipTests
{
    [Fact]
    public void Parse_ValidNip_GivesEveryPart()
    {
        var nip = Nip.Parse("198503122010011003");

        Assert.False(nip.IsEmpty);
        Assert.Equal(new LocalDate(1985, 3, 12), nip.TanggalLahir);
        Assert.Equal(new YearMonth(2010, 1), nip.BulanPengangkatan);
        Assert.Equal(JenisKelamin.LakiLaki, nip.JenisKelamin);
        Assert.Equal(3, nip.NomorUrut);
        Assert.Equal("198503122010011003", nip.ToString());
        Assert.Equal(StatusKepegawaian.Pns, nip.StatusKepegawaian);
        Assert.Equal(2010, nip.TahunPengangkatan);
        Assert.Null(nip.TahapPengadaan);
    }

    public static TheoryData<string, LocalDate, int, int, JenisKelamin, int> PppkNips => new()
    {
        // text, birth date, year of appointment, recruitment round, gender, sequence
        { "200012312024211001", new LocalDate(2000, 12, 31), 2024, 1, JenisKelamin.LakiLaki, 1 },
        { "198807152022222014", new LocalDate(1988, 7, 15), 2022, 2, JenisKelamin.Perempuan, 14 },
        { "199009132025242014", new LocalDate(1990, 9, 13), 2025, 4, JenisKelamin.Perempuan, 14 },
        { "197501022021212999", new LocalDate(1975, 1, 2), 2021, 1, JenisKelamin.Perempuan, 999 },
        { "198402292023291005", new LocalDate(1984, 2, 29), 2023, 9, JenisKelamin.LakiLaki, 5 },
    };

    [Theory]
    [MemberData(nameof(PppkNips))]
    public void Parse_PppkNip_GivesItsKindAndParts(string text, LocalDate lahir, int tahun, int tahap, JenisKelamin kelamin, int urut)
    {
        var nip = Nip.Parse(text);

        Assert.Equal(StatusKepegawaian.Pppk, nip.StatusKepegawaian);
        Assert.Equal(lahir, nip.TanggalLahir);
        Assert.Equal(tahun, nip.TahunPengangkatan);
        Assert.Equal(tahap, nip.TahapPengadaan);
        Assert.Null(nip.BulanPengangkatan);
        Assert.Equal(kelamin, nip.JenisKelamin);
        Assert.Equal(urut, nip.NomorUrut);
        Assert.Equal(text, nip.ToString());
        Assert.Null(Nip.Diagnose(text));
        Assert.Equal(nip, Nip.FromPppkParts(lahir, tahun, tahap, kelamin, urut));
    }

    [Fact]
    public void Parse_PppkNipWithSpacesAsPrinted_IsAccepted()
    {
        Assert.Equal(Nip.Parse("200012312024211001"), Nip.Parse("20001231 2024 21 1 001"));
    }

    [Fact]
    public void StatusKepegawaian_PnsAndPppkNumbers_AreNeverConfused()
    {
        // Digits 13-14 of a PNS number are a month (01-12), so digit 13 is 0 or 1; a PPPK number has 2 there.
        Assert.Equal(StatusKepegawaian.Pns, Nip.Parse("198503122010121003").StatusKepegawaian);
        Assert.Equal(StatusKepegawaian.Pns, Nip.Parse("198503122010091003").StatusKepegawaian);
        Assert.Equal(StatusKepegawaian.Pppk, Nip.Parse("198503122010211003").StatusKepegawaian);
    }

    [Fact]
    public void Parse_FemaleNip_GivesPerempuan()
    {
        var nip = Nip.Parse("199012252015032001");

        Assert.Equal(new LocalDate(1990, 12, 25), nip.TanggalLahir);
        Assert.Equal(new YearMonth(2015, 3), nip.BulanPengangkatan);
        Assert.Equal(JenisKelamin.Perempuan, nip.JenisKelamin);
        Assert.Equal(1, nip.NomorUrut);
    }

    [Fact]
    public void Parse_SpacesAsPrintedOnForms_AreAccepted()
    {
        Assert.Equal(Nip.Parse("198503122010011003"), Nip.Parse("19850312 201001 1 003"));
        Assert.Equal(Nip.Parse("198503122010011003"), Nip.Parse(" 19850312  201001 1 003 "));
        Assert.True(Nip.TryParse("19850312 201001 1 003", out var nip));
        Assert.Equal("198503122010011003", nip.ToString());
    }

    [Fact]
    public void Parse_LeapDayBirthDate_IsValid()
    {
        Assert.Equal(new LocalDate(1984, 2, 29), Nip.Parse("198402292010011001").TanggalLahir);
        Assert.Equal(new LocalDate(2000, 2, 29), Nip.Parse("200002292020011001").TanggalLahir);
    }

    [Fact]
    public void Parse_HighestSequence_IsValid()
    {
        Assert.Equal(999, Nip.Parse("198503122010011999").NomorUrut);
    }

    public static TheoryData<string, string> MalformedNips => new()
    {
        // text, a phrase naming the part that is wrong
        { "12345", "5 digits" },
        { "", "0 digits" },
        { "19850312201001100", "17 digits" },
        { "1985031220100110031", "more than 18 digits" },
        { "19850312201001100X", "'X'" },
        { "1985-03-12 201001 1 003", "'-'" },
        { "198502302010011003", "birth date" },        // 30 February
        { "198513012010011003", "birth date" },        // month 13
        { "198503002010011003", "birth date" },        // day 0
        { "198502292010011003", "birth date" },        // 29 February in a common year
        { "189912312010011003", "birth date" },        // year before 1900
        { "198503122010131003", "month of appointment" }, // appointment month 13
        { "198503122010001003", "month of appointment" }, // appointment month 00
        { "198503121985031003", "not after the birth month" }, // appointed in the birth month
        { "198503121980011003", "not after the birth month" }, // appointed before birth
        { "198503122010013003", "gender" },            // gender digit 3
        { "198503122010010003", "gender" },            // gender digit 0
        { "198503122010011000", "sequence" },          // sequence 000
        { "200012312024311001", "neither a month of appointment" }, // digit 13 is 3: neither PNS nor PPPK
        { "200012312024901001", "neither a month of appointment" }, // digit 13 is 9
        { "200012312024201001", "recruitment round" }, // PPPK round 0
        { "200012311899211001", "year of appointment" }, // PPPK appointed in 1899
        { "200012312000211001", "not after the birth year" }, // PPPK appointed in the birth year
        { "200012311990211001", "not after the birth year" }, // PPPK appointed before birth
        { "200012312024213001", "gender" },            // PPPK gender digit 3
        { "200012312024211000", "sequence" },          // PPPK sequence 000
        { "200002302024211001", "birth date" },        // PPPK born on 30 February
    };

    [Theory]
    [MemberData(nameof(MalformedNips))]
    public void Parse_MalformedPart_ThrowsFormatExceptionNamingThatPart(string text, string phrase)
    {
        var e = Assert.Throws<FormatException>(() => Nip.Parse(text));
        Assert.Contains("'" + text + "'", e.Message, StringComparison.Ordinal);
        Assert.Contains(phrase, e.Message, StringComparison.Ordinal);
        Assert.False(Nip.TryParse(text, out var nip));
        Assert.True(nip.IsEmpty);
        Assert.NotNull(Nip.Diagnose(text));
    }

    [Fact]
    public void Parse_EachMalformedPart_HasItsOwnError()
    {
        var reasons = new[]
        {
            "12345", "19850312201001100X", "198502302010011003", "198503122010131003", "198503121980011003", "198503122010013003", "198503122010011000",
            "200012312024311001", "200012312024201001", "200012311899211001", "200012312000211001",
        }.Select(Nip.Diagnose).ToList();

        Assert.All(reasons, r => Assert.NotNull(r));
        Assert.Equal(reasons.Count, reasons.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullExceptionAndTryParseReturnsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => Nip.Parse(null!));
        Assert.False(Nip.TryParse(null, out var nip));
        Assert.True(nip.IsEmpty);
        Assert.NotNull(Nip.Diagnose(null));
    }

    [Fact]
    public void Diagnose_ValidNip_ReturnsNull()
    {
        Assert.Null(Nip.Diagnose("198503122010011003"));
        Assert.Null(Nip.Diagnose("19850312 201001 1 003"));
    }

    [Fact]
    public void Default_IsEmptyAndItsPartsThrow()
    {
        var empty = default(Nip);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Throws<InvalidOperationException>(() => empty.TanggalLahir);
        Assert.Throws<InvalidOperationException>(() => empty.BulanPengangkatan);
        Assert.Throws<InvalidOperationException>(() => empty.TahunPengangkatan);
        Assert.Throws<InvalidOperationException>(() => empty.TahapPengadaan);
        Assert.Throws<InvalidOperationException>(() => empty.StatusKepegawaian);
        Assert.Throws<InvalidOperationException>(() => empty.JenisKelamin);
        Assert.Throws<InvalidOperationException>(() => empty.NomorUrut);
        Assert.NotEqual(Nip.Parse("198503122010011003"), empty);
    }

    [Fact]
    public void FromParts_ValidParts_GivesTheDigits()
    {
        var nip = Nip.FromParts(new LocalDate(1985, 3, 12), new YearMonth(2010, 1), JenisKelamin.LakiLaki, 3);
        Assert.Equal("198503122010011003", nip.ToString());
        Assert.Equal(Nip.Parse("198503122010011003"), nip);
    }

    [Fact]
    public void FromParts_PartOutOfRange_ThrowsArgumentOutOfRangeException()
    {
        var lahir = new LocalDate(1985, 3, 12);
        var angkat = new YearMonth(2010, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, angkat, JenisKelamin.LakiLaki, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, angkat, JenisKelamin.LakiLaki, 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, angkat, (JenisKelamin)3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, angkat, default, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, new YearMonth(1985, 3), JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, new YearMonth(1984, 12), JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(new LocalDate(1899, 12, 31), angkat, JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromParts(lahir, new YearMonth(2100, 1), JenisKelamin.LakiLaki, 1));
    }

    [Fact]
    public void FromPppkParts_PartOutOfRange_ThrowsArgumentOutOfRangeException()
    {
        var lahir = new LocalDate(2000, 12, 31);
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2024, 0, JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2024, 10, JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2000, 1, JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2100, 1, JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2024, 1, default, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2024, 1, JenisKelamin.LakiLaki, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(lahir, 2024, 1, JenisKelamin.LakiLaki, 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.FromPppkParts(new LocalDate(1899, 12, 31), 2024, 1, JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentException>(() => Nip.FromPppkParts(new LocalDate(1900, 2, 29, CalendarSystem.Julian), 1920, 1, JenisKelamin.LakiLaki, 1));
    }

    [Fact]
    public void FromParts_NonIsoCalendar_ThrowsArgumentException()
    {
        // 29 February 1900 exists in the Julian calendar but not in the ISO one the digits are read in.
        Assert.Throws<ArgumentException>(() => Nip.FromParts(new LocalDate(1900, 2, 29, CalendarSystem.Julian), new YearMonth(1920, 1), JenisKelamin.LakiLaki, 1));
        Assert.Throws<ArgumentException>(() => Nip.FromParts(new LocalDate(1985, 3, 12), new YearMonth(2010, 1, CalendarSystem.Julian), JenisKelamin.LakiLaki, 1));
    }

    [Fact]
    public void Equality_SameDigits_AreEqualAndOrderedByDigits()
    {
        var a = Nip.Parse("198503122010011003");
        var b = Nip.Parse("19850312 201001 1 003");
        var c = Nip.Parse("198503122010011004");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a < c);
        Assert.True(c > a);
        Assert.True(a <= b && a >= b);
        Assert.Equal(-1, a.CompareTo(c));
    }

    [Property(MaxTest = 300)]
    public Property FromPartsToStringParse_RandomValidParts_RoundTrips()
    {
        return Prop.ForAll(ValidParts().ToArbitrary(), p =>
        {
            var nip = Nip.FromParts(p.Lahir, p.Angkat, p.Kelamin, p.Urut);
            var text = nip.ToString();
            var parsed = Nip.Parse(text);
            return text.Length == 18 && text.All(char.IsAsciiDigit) && parsed == nip
                && parsed.TanggalLahir == p.Lahir && parsed.BulanPengangkatan == p.Angkat
                && parsed.JenisKelamin == p.Kelamin && parsed.NomorUrut == p.Urut;
        });
    }

    [Property(MaxTest = 300)]
    public Property TryParseSpan_ValidNipInsideALine_GivesTheNipOfTheString()
    {
        // A reader hands the cell as characters of a longer line: the span parser agrees with the string parser.
        return Prop.ForAll(ValidParts().ToArbitrary(), p =>
        {
            var nip = Nip.FromParts(p.Lahir, p.Angkat, p.Kelamin, p.Urut);
            var line = "x;" + nip + ";y";
            return Nip.TryParse(line.AsSpan(2, 18), out var parsed) && parsed == nip && !Nip.TryParse(line.AsSpan(1, 18), out _);
        });
    }

    [Theory]
    [MemberData(nameof(MalformedNips))]
    public void TryParseSpan_MalformedPart_IsFalseLikeTheString(string text, string phrase)
    {
        Assert.False(Nip.TryParse(text.AsSpan(), out var nip));
        Assert.True(nip.IsEmpty);
        Assert.Contains(phrase, Nip.Diagnose(text), StringComparison.Ordinal);
    }

    [Property(MaxTest = 50)]
    public Property Parse_UnderEveryCulture_GivesSameNip()
    {
        return Prop.ForAll(ValidParts().ToArbitrary(), p =>
        {
            var text = Nip.FromParts(p.Lahir, p.Angkat, p.Kelamin, p.Urut).ToString();
            return Cultures.UnderEach(() => Nip.Parse(text).ToString()).All(t => t == text);
        });
    }

    [Property(MaxTest = 200)]
    public Property Order_RandomNips_MatchesOrdinalOrderOfTheDigits()
    {
        return Prop.ForAll(ValidParts().Two().ToArbitrary(), t =>
        {
            var a = Nip.FromParts(t.Item1.Lahir, t.Item1.Angkat, t.Item1.Kelamin, t.Item1.Urut);
            var b = Nip.FromParts(t.Item2.Lahir, t.Item2.Angkat, t.Item2.Kelamin, t.Item2.Urut);
            return Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString())) && (a == b) == (a.ToString() == b.ToString());
        });
    }

    [Property(MaxTest = 300)]
    public Property FromPppkPartsToStringParse_RandomValidParts_RoundTrips()
    {
        return Prop.ForAll(ValidPppkParts().ToArbitrary(), p =>
        {
            var nip = Nip.FromPppkParts(p.Lahir, p.Tahun, p.Tahap, p.Kelamin, p.Urut);
            var text = nip.ToString();
            var parsed = Nip.Parse(text);
            return text.Length == 18 && text.All(char.IsAsciiDigit) && parsed == nip && parsed.StatusKepegawaian == StatusKepegawaian.Pppk
                && parsed.TanggalLahir == p.Lahir && parsed.TahunPengangkatan == p.Tahun && parsed.TahapPengadaan == p.Tahap
                && parsed.BulanPengangkatan is null && parsed.JenisKelamin == p.Kelamin && parsed.NomorUrut == p.Urut;
        });
    }

    [Property(MaxTest = 50)]
    public Property Parse_PppkUnderEveryCulture_GivesSameNip()
    {
        return Prop.ForAll(ValidPppkParts().ToArbitrary(), p =>
        {
            var text = Nip.FromPppkParts(p.Lahir, p.Tahun, p.Tahap, p.Kelamin, p.Urut).ToString();
            return Cultures.UnderEach(() => Nip.Parse(text).ToString() + Nip.Diagnose(text)).All(t => t == text);
        });
    }

    [Property(MaxTest = 300)]
    public Property Kind_AnyValidNumber_IsPppkExactlyWhenDigit13IsTwo()
    {
        var any = Gen.OneOf(
            ValidParts().Select(p => Nip.FromParts(p.Lahir, p.Angkat, p.Kelamin, p.Urut)),
            ValidPppkParts().Select(p => Nip.FromPppkParts(p.Lahir, p.Tahun, p.Tahap, p.Kelamin, p.Urut)));
        return Prop.ForAll(any.ToArbitrary(), nip =>
        {
            var pppk = nip.ToString()[12] == '2';
            return (nip.StatusKepegawaian == StatusKepegawaian.Pppk) == pppk
                && (nip.BulanPengangkatan is null) == pppk && (nip.TahapPengadaan is null) == !pppk
                && nip.TahunPengangkatan == int.Parse(nip.ToString().AsSpan(8, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    [Property(MaxTest = 100)]
    public Property Diagnose_OneBadPartOfAValidPppkNumber_NamesThatPart()
    {
        // Breaking one part of a valid PPPK number gives the error of that part, whichever number it was.
        return Prop.ForAll(ValidPppkParts().ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (p, which) =>
        {
            var text = Nip.FromPppkParts(p.Lahir, p.Tahun, p.Tahap, p.Kelamin, p.Urut).ToString().ToCharArray();
            string phrase;
            switch (which)
            {
                case 0:
                    text[13] = '0';
                    phrase = "recruitment round";
                    break;
                case 1:
                    text[14] = '7';
                    phrase = "gender";
                    break;
                default:
                    text[15] = text[16] = text[17] = '0';
                    phrase = "sequence";
                    break;
            }

            var reason = Nip.Diagnose(new string(text));
            return reason is not null && reason.Contains(phrase, StringComparison.Ordinal);
        });
    }

    private static Gen<(LocalDate Lahir, int Tahun, int Tahap, JenisKelamin Kelamin, int Urut)> ValidPppkParts() =>
        from year in Gen.Choose(1900, 2098)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        from tahun in Gen.Choose(year + 1, 2099)
        from tahap in Gen.Choose(1, 9)
        from kelamin in Gen.Elements(JenisKelamin.LakiLaki, JenisKelamin.Perempuan)
        from urut in Gen.Choose(1, 999)
        select (new LocalDate(year, month, day), tahun, tahap, kelamin, urut);

    [Fact]
    public void Parse_HugeText_MessageQuotesTheFirst64CharactersAndTheLength()
    {
        var text = "1985031220100110031" + new string('9', 1_000_000);

        var e = Assert.Throws<FormatException>(() => Nip.Parse(text));

        Assert.Equal("'" + text[..64] + "…' (1000019 characters) is not a valid NIP: it has more than 18 digits.", e.Message);
    }

    [Fact]
    public void Parse_FullwidthDigits_AreNotDigits()
    {
        // U+FF11 etc. are digits to char.IsDigit, but a NIP is ASCII.
        Assert.False(Nip.TryParse("\uFF11\uFF19\uFF18\uFF15031220100110 03", out _));
        Assert.Equal("it contains '\uFF11'; a NIP has digits only.", Nip.Diagnose("\uFF11" + "98503122010011003"));
    }

    private static Gen<(LocalDate Lahir, YearMonth Angkat, JenisKelamin Kelamin, int Urut)> ValidParts() =>
        from year in Gen.Choose(1900, 2080)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        from monthsLater in Gen.Choose(1, ((2099 - year) * 12) + (12 - month))
        from kelamin in Gen.Elements(JenisKelamin.LakiLaki, JenisKelamin.Perempuan)
        from urut in Gen.Choose(1, 999)
        let lahir = new LocalDate(year, month, day)
        let angkat = new LocalDate(year, month, 1).PlusMonths(monthsLater)
        select (lahir, new YearMonth(angkat.Year, angkat.Month), kelamin, urut);
}
