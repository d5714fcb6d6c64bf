using System.Globalization;
using AsnKinerja;

// The quickstart walks the ASN performance cycle on embedded sample data. Output is in Bahasa Indonesia;
// pass --lang en for English.
var culture = args.Contains("--lang") && args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "en"
    ? CultureInfo.GetCultureInfo("en-US")
    : CultureInfo.GetCultureInfo("id-ID");
string T(string id, string en) => Localization.Choose(culture, id, en);

Console.WriteLine(T("AsnKinerja — contoh cepat", "AsnKinerja — quickstart"));
Console.WriteLine();

Console.WriteLine(T("1. Aturan yang berlaku pada 31 Desember 2024", "1. Rule sets in force on 31 December 2024"));
foreach (var domain in Enum.GetValues<RuleDomain>())
{
    var ruleSet = RuleSetRegistry.Default.FindApplicable(domain, new NodaTime.LocalDate(2024, 12, 31));
    Console.WriteLine($"   {domain,-20} {ruleSet?.ShortName ?? "-",-22} {ruleSet?.Id}");
}
