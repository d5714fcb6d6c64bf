using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace AsnKinerja;

/// <summary>
/// Argument checks for programmer errors. Messages are invariant English and name the parameter and the
/// valid range, so a log line is the same on every machine.
/// </summary>
internal static class Preconditions
{
    /// <summary>The most characters of an offending value that an exception message quotes (see <see cref="Quote"/>).</summary>
    internal const int QuotedLength = 64;

    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return argument;
    }

    /// <summary>
    /// Checks an identifier: not null, not blank, and well-formed UTF-16. A lone surrogate cannot be written as UTF-8
    /// (a writer substitutes U+FFFD), so an identifier holding one would come back as a different identifier.
    /// </summary>
    internal static string CheckIdentifier([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotBlank(argument, paramName);
        CheckWellFormed(argument, paramName);
        return argument;
    }

    /// <summary>Checks that a text, when not null, is well-formed UTF-16 (every surrogate in a pair).</summary>
    internal static string? CheckWellFormed(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is not null && IndexOfLoneSurrogate(argument) is var at && at >= 0)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Value must be well-formed UTF-16: it holds a lone surrogate (U+{0:X4}) at index {1}.", (int)argument[at], at),
                paramName);
        }

        return argument;
    }

    /// <summary>The index of the first surrogate that is not part of a pair, or -1.</summary>
    internal static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A value quoted for an exception message: in single quotes, and cut after <see cref="QuotedLength"/> characters
    /// with an ellipsis and the full length, so a huge input never makes a huge message.
    /// </summary>
    internal static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        if (value.Length <= QuotedLength)
        {
            return "'" + value + "'";
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(value[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        return string.Format(CultureInfo.InvariantCulture, "'{0}…' ({1} characters)", value.Substring(0, cut), value.Length);
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!EnumInfo<TEnum>.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Format(CultureInfo.InvariantCulture, "Value is not a defined member of {0}. Valid values: {1}.", typeof(TEnum).Name, EnumInfo<TEnum>.ValidValues));
        }

        return value;
    }

    internal static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumInfo<TEnum>.IsDefined(value);

    internal static int CheckRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Format(CultureInfo.InvariantCulture, "Value must be between {0} and {1} inclusive.", minInclusive, maxInclusive));
        }

        return value;
    }

    internal static decimal CheckRange(decimal value, decimal minInclusive, decimal maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Format(CultureInfo.InvariantCulture, "Value must be between {0} and {1} inclusive.", minInclusive, maxInclusive));
        }

        return value;
    }

    internal static int CheckNonNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must not be negative.");
        }

        return value;
    }

    internal static NodaTime.LocalDate CheckIso(NodaTime.LocalDate date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        if (date.Calendar != NodaTime.CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", paramName);
        }

        return date;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckState([DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>Cached facts about an enum type, so checks on hot paths do not box or reflect.</summary>
    private static class EnumInfo<TEnum>
        where TEnum : struct, Enum
    {
        #if NET5_0_OR_GREATER
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
#else
        private static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif

        internal static readonly string ValidValues = string.Join(", ", Values.Select(v => v.ToString()));

        internal static bool IsDefined(TEnum value)
        {
            foreach (var v in Values)
            {
                if (EqualityComparer<TEnum>.Default.Equals(v, value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
