using System.Globalization;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using Microsoft.Extensions.Options;

namespace AsnKinerja.Extensions.DependencyInjection;

/// <summary>
/// Validates <see cref="AsnKinerjaOptions"/> once and reports every error together (the failures of
/// <see cref="ValidateOptionsResult"/> become one <see cref="OptionsValidationException"/> when the options are first resolved).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class AsnKinerjaOptionsValidator : IValidateOptions<AsnKinerjaOptions>
{
    /// <summary>Validates the options.</summary>
    /// <param name="name">The options name (unused: AsnKinerja uses the default name).</param>
    /// <param name="options">The options.</param>
    /// <returns>Success, or a failure listing every problem.</returns>
    public ValidateOptionsResult Validate(string? name, AsnKinerjaOptions options)
    {
        if (options is null)
        {
            return ValidateOptionsResult.Fail("The AsnKinerja options are null.");
        }

        var errors = new List<string>();
        Defined(options.Pembulatan, nameof(options.Pembulatan), errors);
        Defined(options.SebagianBesar, nameof(options.SebagianBesar), errors);
        Defined(options.UnitKecil, nameof(options.UnitKecil), errors);
        Defined(options.KepalaUnit, nameof(options.KepalaUnit), errors);
        Defined(options.Penegakan, nameof(options.Penegakan), errors);
        Defined(options.BatasPenetapanSkp, nameof(options.BatasPenetapanSkp), errors);
        Defined(options.PenggabunganKinerja, nameof(options.PenggabunganKinerja), errors);
        Defined(options.KebijakanPredikatBelumDitetapkan, nameof(options.KebijakanPredikatBelumDitetapkan), errors);
        Defined(options.KebijakanSumberPotensial, nameof(options.KebijakanSumberPotensial), errors);
        Defined(options.PenghitunganBulan, nameof(options.PenghitunganBulan), errors);
        if (options.AmbangUnitKecil is < 1 or > 1000)
        {
            errors.Add(Format("AmbangUnitKecil must be between 1 and 1000 (was {0}).", options.AmbangUnitKecil));
        }

        if (options.KoefisienPemula <= 0m || options.KoefisienPemula > 50m)
        {
            errors.Add(Format("KoefisienPemula must be greater than 0 and at most 50 (was {0}).", options.KoefisienPemula));
        }

        if (options.BatasPotensialTinggi is < 0m or > 100m)
        {
            errors.Add(Format("BatasPotensialTinggi must be between 0 and 100 (was {0}).", options.BatasPotensialTinggi));
        }

        if (options.BatasPotensialMenengah is < 0m or > 100m)
        {
            errors.Add(Format("BatasPotensialMenengah must be between 0 and 100 (was {0}).", options.BatasPotensialMenengah));
        }

        if (options.BatasPotensialMenengah >= options.BatasPotensialTinggi)
        {
            errors.Add(Format("BatasPotensialMenengah ({0}) must be below BatasPotensialTinggi ({1}).", options.BatasPotensialMenengah, options.BatasPotensialTinggi));
        }

        if (options.PemetaanRatingPimpinan is { } leader)
        {
            if (string.IsNullOrWhiteSpace(options.NamaPemetaanRatingPimpinan))
            {
                errors.Add("NamaPemetaanRatingPimpinan must not be blank when PemetaanRatingPimpinan is set.");
            }
            else
            {
                Try(() => new PemetaanRatingPimpinan(options.NamaPemetaanRatingPimpinan, leader), "PemetaanRatingPimpinan", errors);
            }
        }

        if (options.PemetaanPredikatTalenta is { } talenta)
        {
            for (var p = PredikatKinerja.SangatKurang; p <= PredikatKinerja.SangatBaik; p++)
            {
                if (!talenta.TryGetValue(p, out var level))
                {
                    errors.Add(Format("PemetaanPredikatTalenta has no level for {0}.", p));
                }
                else if (level is < Ekspektasi.DiBawah or > Ekspektasi.DiAtas)
                {
                    errors.Add(Format("PemetaanPredikatTalenta maps {0} to an undefined level ({1}).", p, (int)level));
                }
            }
        }

        if (options.KebijakanSaranPerilaku is null)
        {
            errors.Add("KebijakanSaranPerilaku must not be null.");
        }

        if (options.RuleSets is null || options.RuleSets.Contains(null!))
        {
            errors.Add("RuleSets must not contain null.");
        }
        else
        {
            Try(() => AsnKinerjaRuleSets.Compose(options), "RuleSets", errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Defined<TEnum>(TEnum value, string name, List<string> errors)
        where TEnum : struct, Enum
    {
        if (!Preconditions.IsDefined(value))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined {1} ({2}).", name, typeof(TEnum).Name, Convert.ToInt64(value, CultureInfo.InvariantCulture)));
        }
    }

    private static void Try(Func<object> build, string name, List<string> errors)
    {
        try
        {
            GC.KeepAlive(build());
        }
        catch (ArgumentException e)
        {
            errors.Add(name + ": " + e.Message);
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
