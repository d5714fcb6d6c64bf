using System.Reflection;
using System.Runtime.Versioning;

namespace AsnKinerja.Conventions.Tests;

/// <summary>House rules checked by reflection over the public surface of every package.</summary>
public sealed class ConventionTests
{
    private const BindingFlags DeclaredPublic = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Packages_EveryShippedPackage_LoadsWithPublicTypes()
    {
        Assert.Equal(Packages.Names, Packages.Assemblies.Select(a => a.GetName().Name));
        Assert.NotEmpty(Packages.PublicTypes);
    }

    [Fact]
    public void TargetFramework_EveryPackageUnderTest_IsTheBuildThisRunIsFor()
    {
#if ASNKINERJA_NETSTANDARD_BUILD
        const string expected = ".NETStandard,Version=v2.0";
#else
        const string expected = ".NETCoreApp,Version=v8.0";
#endif
        var core = Packages.Assemblies.Single(a => a.GetName().Name == "AsnKinerja.Core");
        Assert.Equal(expected, core.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);

        Packages.AssertNone(
            "Every package must be the " + expected + " build",
            Packages.Assemblies
                .Select(a => (Name: a.GetName().Name, Framework: a.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName))
                .Where(a => a.Framework != expected)
                .Select(a => $"{a.Name} is {a.Framework ?? "(no TargetFrameworkAttribute)"}"));
    }

    [Fact]
    public void EquatableTypes_ImplementingIEquatableOfThemselves_DeclareEqualityOperators()
    {
        var violations =
            from type in Packages.PublicTypes
            where type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type))
            from op in new[] { "op_Equality", "op_Inequality" }
            where !type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(m => m.Name == op
                && m.GetParameters() is [var left, var right] && IsSelf(type, left.ParameterType) && IsSelf(type, right.ParameterType))
            select $"{type.FullName} implements IEquatable<{type.Name}> but declares no public {op}({type.Name}, {type.Name})";
        Packages.AssertNone("Equatable types must declare == and !=", violations);
    }

    [Fact]
    public void PublicStructs_Always_AreReadOnly()
    {
        var violations = Packages.PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            .Select(t => $"{t.FullName} is a struct but not a readonly struct");
        Packages.AssertNone("Public structs must be readonly", violations);
    }

    [Fact]
    public void PublicStructs_Always_HaveNoPublicSetOrInitAccessor()
    {
        var violations =
            from type in Packages.PublicTypes
            where type.IsValueType && !type.IsEnum
            from property in type.GetProperties(DeclaredPublic)
            where property.SetMethod is { IsPublic: true }
            select $"{type.FullName}.{property.Name} has a public {(IsInit(property.SetMethod!) ? "init" : "set")} accessor";
        Packages.AssertNone("Public structs must not have public setters", violations);
    }

    [Fact]
    public void PublicTypes_Always_HaveNoVisibleMutableInstanceField()
    {
        var violations =
            from type in Packages.PublicTypes
            where !type.IsEnum
            from field in type.GetFields(DeclaredPublic | BindingFlags.NonPublic)
            where Packages.IsVisible(field) && !field.IsStatic && !field.IsInitOnly && !field.IsLiteral
            select $"{type.FullName}.{field.Name} is a visible instance field that is not readonly";
        Packages.AssertNone("Public types must not expose mutable fields", violations);
    }

    [Fact]
    public void PublicEnums_WithoutFlags_HaveNoMemberWithValueZero()
    {
        var violations =
            from type in Packages.PublicTypes
            where type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), inherit: false)
            from field in type.GetFields(BindingFlags.Public | BindingFlags.Static)
            where Convert.ToDecimal(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) == 0
            select $"{type.FullName}.{field.Name} = 0 (default({type.Name}) must not be a defined member unless the enum is [Flags])";
        Packages.AssertNone("Enum members must not be zero", violations);
    }

    [Fact]
    public void PublicTypes_Always_LiveInAnAsnKinerjaNamespace()
    {
        var violations = Packages.PublicTypes
            .Where(t => t.Namespace is not { } ns || !(ns == "AsnKinerja" || ns.StartsWith("AsnKinerja.", StringComparison.Ordinal)))
            .Select(t => $"{t.FullName} is in namespace '{t.Namespace ?? "(global)"}'");
        Packages.AssertNone("Public types must live in AsnKinerja namespaces", violations);
    }

    [Fact]
    public void PublicClasses_Always_AreSealedStaticOrAbstract()
    {
        var violations = Packages.PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => $"{t.FullName} is an open class: make it sealed (or static/abstract if it is meant to be)");
        Packages.AssertNone("Public classes must be sealed, static or abstract", violations);
    }

    private static bool IsSelf(Type type, Type parameter) =>
        parameter == type || (Nullable.GetUnderlyingType(parameter) == type);

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
