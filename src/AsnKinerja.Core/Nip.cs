using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// A <em>Nomor Induk Pegawai</em> of a PNS or a PPPK: 18 digits. A PNS number is the birth date (<c>yyyyMMdd</c>), the
/// month of appointment (TMT, <c>yyyyMM</c>), the gender digit (1 or 2) and a three-digit sequence number. A PPPK number
/// (<em>Nomor Induk PPPK</em>) is the birth date, the year of appointment (<c>yyyy</c>), the PPPK code <c>2</c>, the
/// recruitment round (<em>tahap pengadaan</em>, 1 to 9), the gender digit and the sequence number.
/// </summary>
/// <remarks>
/// <para>The kinds cannot be confused: digits 13–14 of a PNS number are a month (<c>01</c>–<c>12</c>), so digit 13 is
/// 0 or 1, while digit 13 of a PPPK number is 2. <see cref="StatusKepegawaian"/> says which kind a number is;
/// <see cref="BulanPengangkatan"/> exists only for PNS and <see cref="TahapPengadaan"/> only for PPPK.</para>
/// <para>A parsed value is always well formed: every part is checked, and each malformed part has its own error.
/// <c>default(Nip)</c> is the empty NIP (<see cref="IsEmpty"/>), which names nobody; its parts throw
/// <see cref="InvalidOperationException"/>. Equality and ordering compare the 18 digits. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Nip : IEquatable<Nip>, IComparable<Nip>
{
    private const int PppkCode = 2;

    private readonly long _digits;

    private Nip(long digits) => _digits = digits;

    /// <summary>Whether this is <c>default(Nip)</c>, which names nobody.</summary>
    public bool IsEmpty => _digits == 0;

    /// <summary>The birth date (digits 1–8).</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public LocalDate TanggalLahir
    {
        get
        {
            var d = NonEmpty() / 10_000_000_000L;
            return new LocalDate((int)(d / 10_000), (int)(d / 100 % 100), (int)(d % 100));
        }
    }

    /// <summary>The kind of number: <see cref="AsnKinerja.StatusKepegawaian.Pns"/> or <see cref="AsnKinerja.StatusKepegawaian.Pppk"/> (digit 13 is 2 for PPPK).</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public StatusKepegawaian StatusKepegawaian => NonEmpty() / 10_000 % 100 / 10 == PppkCode ? StatusKepegawaian.Pppk : StatusKepegawaian.Pns;

    /// <summary>The year of appointment (TMT) as PNS or PPPK (digits 9–12).</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public int TahunPengangkatan => (int)(NonEmpty() / 1_000_000 % 10_000);

    /// <summary>The month of appointment (TMT) of a PNS (digits 9–14); null for a PPPK number, which records only the year.</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public YearMonth? BulanPengangkatan
    {
        get
        {
            var d = NonEmpty() / 10_000 % 1_000_000;
            return StatusKepegawaian == StatusKepegawaian.Pppk ? null : new YearMonth((int)(d / 100), (int)(d % 100));
        }
    }

    /// <summary>The recruitment round (<em>tahap pengadaan</em>, digit 14) of a PPPK, 1 to 9; null for a PNS number.</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public int? TahapPengadaan => StatusKepegawaian == StatusKepegawaian.Pppk ? (int)(_digits / 10_000 % 10) : null;

    /// <summary>The gender (digit 15).</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public JenisKelamin JenisKelamin => (JenisKelamin)(int)(NonEmpty() / 1000 % 10);

    /// <summary>The sequence number (digits 16–18), 1 to 999.</summary>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public int NomorUrut => (int)(NonEmpty() % 1000);

    /// <summary>Whether two NIPs are equal.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Nip left, Nip right) => left.Equals(right);

    /// <summary>Whether two NIPs differ.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Nip left, Nip right) => !left.Equals(right);

    /// <summary>Digit order.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Nip left, Nip right) => left.CompareTo(right) < 0;

    /// <summary>Digit order.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Nip left, Nip right) => left.CompareTo(right) > 0;

    /// <summary>Digit order.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(Nip left, Nip right) => left.CompareTo(right) <= 0;

    /// <summary>Digit order.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(Nip left, Nip right) => left.CompareTo(right) >= 0;

    /// <summary>Builds a PNS NIP from its parts.</summary>
    /// <param name="tanggalLahir">The birth date (year 1900 to 2099).</param>
    /// <param name="bulanPengangkatan">The month of appointment, after the birth month.</param>
    /// <param name="jenisKelamin">The gender.</param>
    /// <param name="nomorUrut">The sequence number, 1 to 999.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static Nip FromParts(LocalDate tanggalLahir, YearMonth bulanPengangkatan, JenisKelamin jenisKelamin, int nomorUrut)
    {
        // The digits are ISO dates: a date of another calendar would give digits that name another day, or none.
        Preconditions.CheckArgument(tanggalLahir.Calendar == CalendarSystem.Iso, nameof(tanggalLahir), "The birth date must be in the ISO calendar.");
        Preconditions.CheckArgument(bulanPengangkatan.Calendar == CalendarSystem.Iso, nameof(bulanPengangkatan), "The month of appointment must be in the ISO calendar.");
        Preconditions.CheckRange(tanggalLahir.Year, 1900, 2099, nameof(tanggalLahir));
        Preconditions.CheckRange(bulanPengangkatan.Year, 1900, 2099, nameof(bulanPengangkatan));
        Preconditions.CheckDefined(jenisKelamin);
        Preconditions.CheckRange(nomorUrut, 1, 999);
        if (bulanPengangkatan.CompareTo(new YearMonth(tanggalLahir.Year, tanggalLahir.Month)) <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bulanPengangkatan), "The month of appointment must be after the birth month.");
        }

        long digits = (tanggalLahir.Year * 10_000L) + (tanggalLahir.Month * 100L) + tanggalLahir.Day;
        digits = (digits * 1_000_000L) + (bulanPengangkatan.Year * 100L) + bulanPengangkatan.Month;
        digits = (digits * 10L) + (int)jenisKelamin;
        digits = (digits * 1000L) + nomorUrut;
        return new Nip(digits);
    }

    /// <summary>Builds a PPPK number (<em>Nomor Induk PPPK</em>) from its parts.</summary>
    /// <param name="tanggalLahir">The birth date (year 1900 to 2099).</param>
    /// <param name="tahunPengangkatan">The year of appointment, 1900 to 2099 and after the birth year.</param>
    /// <param name="tahapPengadaan">The recruitment round, 1 to 9.</param>
    /// <param name="jenisKelamin">The gender.</param>
    /// <param name="nomorUrut">The sequence number, 1 to 999.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    /// <exception cref="ArgumentException">The birth date is not in the ISO calendar.</exception>
    public static Nip FromPppkParts(LocalDate tanggalLahir, int tahunPengangkatan, int tahapPengadaan, JenisKelamin jenisKelamin, int nomorUrut)
    {
        Preconditions.CheckArgument(tanggalLahir.Calendar == CalendarSystem.Iso, nameof(tanggalLahir), "The birth date must be in the ISO calendar.");
        Preconditions.CheckRange(tanggalLahir.Year, 1900, 2099, nameof(tanggalLahir));
        Preconditions.CheckRange(tahunPengangkatan, 1900, 2099);
        Preconditions.CheckRange(tahapPengadaan, 1, 9);
        Preconditions.CheckDefined(jenisKelamin);
        Preconditions.CheckRange(nomorUrut, 1, 999);
        if (tahunPengangkatan <= tanggalLahir.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(tahunPengangkatan), tahunPengangkatan, "The year of appointment must be after the birth year.");
        }

        long digits = (tanggalLahir.Year * 10_000L) + (tanggalLahir.Month * 100L) + tanggalLahir.Day;
        digits = (digits * 1_000_000L) + (tahunPengangkatan * 100L) + (PppkCode * 10L) + tahapPengadaan;
        digits = (digits * 10L) + (int)jenisKelamin;
        digits = (digits * 1000L) + nomorUrut;
        return new Nip(digits);
    }

    /// <summary>
    /// Parses an 18-digit PNS or PPPK number. Spaces inside (as printed on some forms, <c>19850312 201001 1 003</c>) are
    /// accepted.
    /// </summary>
    /// <param name="text">The NIP text.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed; the message names the part that is wrong and quotes the text (its first 64 characters and its length, when longer).</exception>
    public static Nip Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var error = TryParseCore(text, out var nip);
        return error is null ? nip : throw new FormatException(string.Format(CultureInfo.InvariantCulture, "{0} is not a valid NIP: {1}", Preconditions.Quote(text), error));
    }

    /// <summary>Tries to parse an 18-digit PNS or PPPK number; see <see cref="Parse"/>.</summary>
    /// <param name="text">The NIP text; null is not a NIP.</param>
    /// <param name="nip">The NIP when valid.</param>
    /// <returns>Whether the text is a valid NIP.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Nip nip)
    {
        if (text is null)
        {
            nip = default;
            return false;
        }

        return TryParseCore(text, out nip) is null;
    }

    /// <summary>
    /// Tries to parse an 18-digit PNS or PPPK number from characters, as a file reader has them (a cell of a CSV row),
    /// without making a string; see <see cref="Parse"/>.
    /// </summary>
    /// <param name="text">The NIP text.</param>
    /// <param name="nip">The NIP when valid.</param>
    /// <returns>Whether the text is a valid NIP.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Nip nip) => TryParseCore(text, out nip) is null;

    /// <summary>Says what is wrong with a NIP text, or null when it is valid.</summary>
    /// <param name="text">The NIP text.</param>
    /// <returns>An invariant English reason, or null.</returns>
    public static string? Diagnose(string? text) => text is null ? "the text is null." : TryParseCore(text, out _);

    /// <inheritdoc />
    public bool Equals(Nip other) => _digits == other._digits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Nip other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _digits.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Nip other) => _digits.CompareTo(other._digits);

    /// <summary>The 18 digits, or an empty string for the empty NIP.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsEmpty ? string.Empty : _digits.ToString("D18", CultureInfo.InvariantCulture);

    private static string? TryParseCore(ReadOnlySpan<char> text, out Nip nip)
    {
        nip = default;
        Span<char> digits = stackalloc char[18];
        var count = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                return string.Format(CultureInfo.InvariantCulture, "it contains '{0}'; a NIP has digits only.", c);
            }

            if (count == 18)
            {
                return "it has more than 18 digits.";
            }

            digits[count++] = c;
        }

        if (count != 18)
        {
            return string.Format(CultureInfo.InvariantCulture, "it has {0} digits; a NIP has 18.", count);
        }

        int Read(ReadOnlySpan<char> span, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                value = (value * 10) + (span[i] - '0');
            }

            return value;
        }

        var year = Read(digits, 0, 4);
        var month = Read(digits, 4, 2);
        var day = Read(digits, 6, 2);
        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return string.Format(CultureInfo.InvariantCulture, "digits 1-8 ({0}) are not a birth date (yyyyMMdd).", digits.Slice(0, 8).ToString());
        }

        var appointYear = Read(digits, 8, 4);
        var code = digits[12] - '0';
        if (code == PppkCode)
        {
            if (appointYear is < 1900 or > 2099)
            {
                return string.Format(CultureInfo.InvariantCulture, "digits 9-12 ({0}) are not a year of appointment (yyyy) of a PPPK.", digits.Slice(8, 4).ToString());
            }

            if (appointYear <= year)
            {
                return string.Format(CultureInfo.InvariantCulture, "the year of appointment of a PPPK ({0}) is not after the birth year.", digits.Slice(8, 4).ToString());
            }

            if (digits[13] == '0')
            {
                return "digit 14 (0) is not a PPPK recruitment round (1 to 9).";
            }
        }
        else
        {
            var appointMonth = Read(digits, 12, 2);
            if (code > 2)
            {
                return string.Format(CultureInfo.InvariantCulture, "digits 13-14 ({0}) are neither a month of appointment (01 to 12, PNS) nor the PPPK code 2 with a recruitment round (21 to 29).", digits.Slice(12, 2).ToString());
            }

            if (appointYear is < 1900 or > 2099 || appointMonth is < 1 or > 12)
            {
                return string.Format(CultureInfo.InvariantCulture, "digits 9-14 ({0}) are not a month of appointment (yyyyMM).", digits.Slice(8, 6).ToString());
            }

            if ((appointYear * 100) + appointMonth <= (year * 100) + month)
            {
                return string.Format(CultureInfo.InvariantCulture, "the month of appointment ({0}) is not after the birth month.", digits.Slice(8, 6).ToString());
            }
        }

        var gender = digits[14] - '0';
        if (gender is not (1 or 2))
        {
            return string.Format(CultureInfo.InvariantCulture, "digit 15 ({0}) is not a gender digit (1 or 2).", gender);
        }

        var sequence = Read(digits, 15, 3);
        if (sequence == 0)
        {
            return "digits 16-18 (000) are not a sequence number (001 to 999).";
        }

        var lahir = new LocalDate(year, month, day);
        nip = code == PppkCode
            ? FromPppkParts(lahir, appointYear, digits[13] - '0', (JenisKelamin)gender, sequence)
            : FromParts(lahir, new YearMonth(appointYear, Read(digits, 12, 2)), (JenisKelamin)gender, sequence);
        return null;
    }

    private long NonEmpty() => _digits != 0 ? _digits : throw new InvalidOperationException("The NIP is empty (default); it has no parts.");
}
