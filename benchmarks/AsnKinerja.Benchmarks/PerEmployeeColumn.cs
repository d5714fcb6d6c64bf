using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AsnKinerja.Benchmarks;

/// <summary>The median time of one operation divided by the benchmark's <c>Employees</c> parameter: the figure the bulk targets are stated in.</summary>
public sealed class PerEmployeeColumn : IColumn
{
    public string Id => nameof(PerEmployeeColumn);

    public string ColumnName => "ns/employee";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median time of one operation in nanoseconds divided by the number of employees";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var employees = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Employees")?.Value as int?;
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return employees is > 0 && median is { } ns ? (ns / employees.Value).ToString("0.000", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == "Employees"));
}
