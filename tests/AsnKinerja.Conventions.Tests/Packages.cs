using System.Reflection;

namespace AsnKinerja.Conventions.Tests;

/// <summary>The shipped packages, loaded by name from the test output folder, and their public surface.</summary>
internal static class Packages
{
    public static readonly IReadOnlyList<string> Names =
    [
        "AsnKinerja.Core",
        "AsnKinerja.Cascading",
        "AsnKinerja.Predicates",
        "AsnKinerja.NineBox",
        "AsnKinerja.BehaviourRubric",
        "AsnKinerja.Serialization.SystemTextJson",
        "AsnKinerja.Extensions.DependencyInjection",
        "AsnKinerja.Siasn",
        "AsnKinerja.Documents",
    ];

    public static IReadOnlyList<Assembly> Assemblies { get; } = Names.Select(n => Assembly.Load(new AssemblyName(n))).ToList();

    /// <summary>Every type visible outside its package (public, or protected inside an unsealed public type).</summary>
    public static IReadOnlyList<Type> PublicTypes { get; } = Assemblies
        .SelectMany(a => a.GetTypes())
        .Where(IsVisible)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static bool IsVisible(Type type)
    {
        if (!type.IsNested)
        {
            return type.IsPublic;
        }

        var declaring = type.DeclaringType!;
        return IsVisible(declaring) && (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !declaring.IsSealed));
    }

    public static bool IsVisible(MethodBase? method) =>
        method is not null && (method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !method.DeclaringType!.IsSealed));

    public static bool IsVisible(FieldInfo field) =>
        field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && !field.DeclaringType!.IsSealed);

    public static bool IsCompilerGenerated(MemberInfo member) =>
        member.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerGeneratedAttribute");

    /// <summary>The type's name as the documentation compiler writes it (<c>Outer`1.Inner</c>).</summary>
    public static string DocumentationName(Type type) => type.FullName!.Replace('+', '.');

    /// <summary>Passes when <paramref name="violations"/> is empty; otherwise fails listing every one of them.</summary>
    public static void AssertNone(string rule, IEnumerable<string> violations)
    {
        var list = violations.ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{rule}: {list.Count} violation(s).\n  " + string.Join("\n  ", list));
        }
    }
}
