using System.Reflection;
using System.Xml.Linq;

namespace AsnKinerja.Conventions.Tests.Exceptions;

/// <summary>
/// The exceptions each public member names in its XML docs (<c>&lt;exception cref="..."/&gt;</c>), read from the
/// documentation file shipped next to every package. <c>&lt;inheritdoc/&gt;</c> is followed to the overridden or
/// implemented member (or to its <c>cref</c>), whose exceptions the member then names too.
/// </summary>
internal static class DocumentedExceptions
{
    private static readonly Dictionary<string, XElement> Entries = Packages.Assemblies
        .Select(a => Path.ChangeExtension(a.Location, ".xml"))
        .Where(File.Exists)
        .SelectMany(p => XDocument.Load(p).Descendants("member"))
        .Where(m => m.Attribute("name") is not null)
        .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The full names of the exception types the member's docs name (through inheritdoc too).</summary>
    public static IReadOnlySet<string> Of(MethodBase member) => Named(member, depth: 0);

    /// <summary>The documentation ID of a constructor, method or accessor (an accessor's is its property's).</summary>
    public static string IdOf(MethodBase member)
    {
        member = Definition(member);
        if (member is MethodInfo { IsSpecialName: true } method && Property(method) is { } property)
        {
            var index = property.GetIndexParameters();
            return "P:" + TypeName(property.DeclaringType!, inParameter: false) + "." + property.Name
                + (index.Length == 0 ? "" : "(" + string.Join(",", index.Select(p => TypeName(p.ParameterType))) + ")");
        }

        var name = member switch
        {
            ConstructorInfo { IsStatic: true } => "#cctor",
            ConstructorInfo => "#ctor",
            _ => member.Name.Replace('.', '#'),
        };
        if (member.IsGenericMethodDefinition)
        {
            name += "``" + member.GetGenericArguments().Length;
        }

        var parameters = member.GetParameters();
        var id = "M:" + TypeName(member.DeclaringType!, inParameter: false) + "." + name
            + (parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => TypeName(p.ParameterType))) + ")");
        if (member is MethodInfo { Name: "op_Implicit" or "op_Explicit" } conversion)
        {
            id += "~" + TypeName(conversion.ReturnType);
        }

        return id;
    }

    /// <summary>The property an accessor belongs to, or null for an ordinary method.</summary>
    public static PropertyInfo? Property(MethodInfo accessor) =>
        accessor.DeclaringType!
            .GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .FirstOrDefault(p => p.GetMethod == accessor || p.SetMethod == accessor);

    private static HashSet<string> Named(MethodBase member, int depth)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (depth > 8 || !Entries.TryGetValue(IdOf(member), out var entry))
        {
            return names;
        }

        names.UnionWith(Crefs(entry));
        if (entry.Element("inheritdoc") is { } inheritdoc)
        {
            if (inheritdoc.Attribute("cref") is { } cref)
            {
                if (Entries.TryGetValue(cref.Value, out var target))
                {
                    names.UnionWith(Crefs(target));
                }
            }
            else
            {
                foreach (var inherited in InheritedFrom(member))
                {
                    names.UnionWith(Named(inherited, depth + 1));
                }
            }
        }

        return names;
    }

    private static IEnumerable<string> Crefs(XElement entry) =>
        entry.Elements("exception")
            .Select(e => (string?)e.Attribute("cref"))
            .Where(c => c is not null && c.StartsWith("T:", StringComparison.Ordinal))
            .Select(c => c!.Substring(2));

    /// <summary>The members an inheritdoc without cref inherits from: the overridden member and implemented interface members.</summary>
    private static IEnumerable<MethodBase> InheritedFrom(MethodBase member)
    {
        if (member is not MethodInfo method)
        {
            yield break;
        }

        var baseDefinition = method.GetBaseDefinition();
        if (baseDefinition != method)
        {
            yield return baseDefinition;
        }

        var type = method.DeclaringType!;
        if (type.IsInterface)
        {
            yield break;
        }

        foreach (var face in type.GetInterfaces())
        {
            var map = type.GetInterfaceMap(face);
            for (var i = 0; i < map.TargetMethods.Length; i++)
            {
                if (map.TargetMethods[i] == method)
                {
                    yield return map.InterfaceMethods[i];
                }
            }
        }
    }

    // Members of a constructed generic type or generic method instance are documented on their definition.
    private static MethodBase Definition(MethodBase member)
    {
        if (member is MethodInfo { IsGenericMethod: true } generic && !generic.IsGenericMethodDefinition)
        {
            member = generic.GetGenericMethodDefinition();
        }

        return member.DeclaringType is { IsGenericType: true, IsGenericTypeDefinition: false }
            ? member.Module.ResolveMethod(member.MetadataToken)!
            : member;
    }

    /// <summary>A type as the documentation compiler writes it in an ID.</summary>
    private static string TypeName(Type type, bool inParameter = true)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return TypeName(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        var outer = type.IsNested ? TypeName(type.DeclaringType!, inParameter: false) + "." : type.Namespace is { Length: > 0 } ns ? ns + "." : "";
        if (!type.IsGenericType)
        {
            return outer + type.Name;
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var bare = tick < 0 ? type.Name : type.Name.Substring(0, tick);
        if (type.IsGenericTypeDefinition && !inParameter)
        {
            // The declaring type's name in an ID keeps its arity: AsnKinerja.Result`1.
            return outer + type.Name;
        }

        var own = type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0);
        return outer + bare + "{" + string.Join(",", own.Select(a => TypeName(a))) + "}";
    }
}
