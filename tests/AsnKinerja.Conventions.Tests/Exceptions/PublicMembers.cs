using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json.Serialization;

namespace AsnKinerja.Conventions.Tests.Exceptions;

/// <summary>One public member to call: a constructor, method, accessor, indexer or operator, closed over its type arguments.</summary>
/// <param name="Method">The member (generic definitions already instantiated).</param>
/// <param name="Id">The documentation ID whose <c>&lt;exception&gt;</c> entries the member may throw.</param>
internal sealed record Target(MethodBase Method, string Id)
{
    private Func<object?[], object?>? emitted;

    public ParameterInfo[] Parameters { get; } = Method.GetParameters();

    public bool IsSetter => Method is MethodInfo { IsSpecialName: true } m && m.Name.StartsWith("set_", StringComparison.Ordinal);

    public bool NeedsReceiver => !Method.IsStatic && Method is not ConstructorInfo;

    /// <summary>Calls the member; exceptions are not wrapped.</summary>
    public object? Invoke(object? receiver, object?[] arguments)
    {
        if (Method is ConstructorInfo constructor)
        {
            return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }

        if (PublicMembers.NeedsEmit(Method))
        {
            emitted ??= PublicMembers.Emit((MethodInfo)Method);
            return emitted(arguments);
        }

        return Method.Invoke(receiver, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }
}

/// <summary>Every public constructor, method, accessor, indexer and operator of every public type of every package.</summary>
internal static class PublicMembers
{
    private const BindingFlags DeclaredVisible =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Members the convention test does not call, each with the reason. Keep it short: prefer teaching
    /// <see cref="ArgumentSource"/> to build the argument.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    /// <summary>Public types whose members are not called, with the reason (matched on the type's full name).</summary>
    public static readonly IReadOnlyDictionary<string, string> ExcludedTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// The public members, as declared (generic ones still open), ordered by documentation ID. Enums and delegate types
    /// have no members of their own to call, and an application (an assembly with an entry point, such as a command-line
    /// tool) is not a library: its public types are no API for callers.
    /// </summary>
    public static IReadOnlyList<MethodBase> Declared { get; } = Packages.PublicTypes
        .Where(t => t.Assembly.EntryPoint is null)
        .Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !ExcludedTypes.ContainsKey(t.FullName!))
        .SelectMany(t => t.GetConstructors(DeclaredVisible).Cast<MethodBase>().Where(c => !c.IsStatic && !t.IsAbstract)
            .Concat(t.GetMethods(DeclaredVisible)))
        .Where(m => Packages.IsVisible(m) && !Packages.IsCompilerGenerated(m) && !m.Name.StartsWith('<'))
        .Where(m => !(m.IsAbstract && m.IsStatic) && !IsGeneratedOverride(m))
        .OrderBy(DocumentedExceptions.IdOf, StringComparer.Ordinal)
        .ThenBy(m => m.ToString(), StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// An override that the System.Text.Json source generator writes into a <see cref="JsonSerializerContext"/> (such as
    /// <c>GetTypeInfo(Type)</c>): its docs are an <c>&lt;inheritdoc/&gt;</c> of a .NET member, so its contract is .NET's
    /// and no line of the packages could document it.
    /// </summary>
    private static bool IsGeneratedOverride(MethodBase member) =>
        typeof(JsonSerializerContext).IsAssignableFrom(member.DeclaringType)
        && member is MethodInfo method && method.GetBaseDefinition().DeclaringType!.Assembly == typeof(JsonSerializerContext).Assembly;

    /// <summary>Why a member cannot be called through reflection, or null when it can.</summary>
    public static string? Uncallable(MethodBase method)
    {
        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType.IsPointer))
        {
            return "takes a pointer";
        }

        if (parameters.Any(p => p.ParameterType.IsByRefLike && !IsSpan(p.ParameterType))
            || parameters.Any(p => p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike))
        {
            return "takes a ref struct other than a span";
        }

        if (NeedsEmit(method) && (!method.IsStatic || method is not MethodInfo || parameters.Any(p => p.ParameterType.IsByRef && !p.IsOut)))
        {
            return "an instance member or a ref parameter beside a span";
        }

        return null;
    }

    /// <summary>Closes a member over type arguments that satisfy its constraints: one target per instantiation.</summary>
    public static IEnumerable<Target> Close(MethodBase method, IEnumerable<Type> pooledTypes)
    {
        var id = DocumentedExceptions.IdOf(method);
        var declaring = method.DeclaringType!;
        var types = new List<Type>();
        if (declaring.IsGenericTypeDefinition)
        {
            types.AddRange(pooledTypes.Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == declaring).Distinct().Take(3));
            if (types.Count == 0 && TryClose(declaring.GetGenericArguments(), out var arguments) && TryMake(() => declaring.MakeGenericType(arguments), out var closed))
            {
                types.Add(closed!);
            }
        }
        else
        {
            types.Add(declaring);
        }

        foreach (var type in types)
        {
            var member = type == declaring ? method : Resolve(type, method);
            if (member is null)
            {
                continue;
            }

            if (member is MethodInfo { IsGenericMethodDefinition: true } generic)
            {
                foreach (var arguments in Instantiations(generic.GetGenericArguments()))
                {
                    if (TryMake(() => generic.MakeGenericMethod(arguments), out var instance))
                    {
                        yield return new Target(instance!, id);
                    }
                }
            }
            else
            {
                yield return new Target(member, id);
            }
        }
    }

    public static bool NeedsEmit(MethodBase method) =>
        method.GetParameters().Any(p => IsSpan(p.ParameterType)) || (method is MethodInfo m && m.ReturnType.IsByRefLike);

    /// <summary>A static call with span parameters (passed as arrays), out parameters (dropped) or a span result (dropped), which reflection cannot make.</summary>
    public static Func<object?[], object?> Emit(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var dynamic = new DynamicMethod("Call_" + method.Name, typeof(object), [typeof(object?[])], typeof(PublicMembers).Module, skipVisibility: true);
        var il = dynamic.GetILGenerator();
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type.IsByRef)
            {
                // An out parameter (TryParse beside a span): a local of its own, whose value is dropped.
                il.Emit(OpCodes.Ldloca, il.DeclareLocal(type.GetElementType()!));
                continue;
            }

            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            if (IsSpan(type))
            {
                var element = type.GetGenericArguments()[0];
                il.Emit(OpCodes.Castclass, element.MakeArrayType());
                il.Emit(OpCodes.Call, type.GetMethod("op_Implicit", [element.MakeArrayType()])!);
            }
            else
            {
                il.Emit(OpCodes.Unbox_Any, type);
            }
        }

        il.Emit(OpCodes.Call, method);
        if (method.ReturnType == typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
        }
        else if (method.ReturnType.IsByRefLike)
        {
            il.Emit(OpCodes.Pop);
            il.Emit(OpCodes.Ldnull);
        }
        else if (method.ReturnType.IsValueType)
        {
            il.Emit(OpCodes.Box, method.ReturnType);
        }

        il.Emit(OpCodes.Ret);
        return (Func<object?[], object?>)dynamic.CreateDelegate(typeof(Func<object?[], object?>));
    }

    private static bool IsSpan(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>) || type.GetGenericTypeDefinition() == typeof(Span<>));

    private static MethodBase? Resolve(Type closed, MethodBase open) =>
        closed.GetMembers(DeclaredVisible).OfType<MethodBase>().FirstOrDefault(m => m.MetadataToken == open.MetadataToken && m.Module == open.Module);

    private static IEnumerable<Type[]> Instantiations(Type[] parameters)
    {
        // One instantiation per candidate of the first parameter; the others take their first candidate.
        var candidates = parameters.Select(Candidates).ToList();
        if (candidates.Any(c => c.Count == 0))
        {
            yield break;
        }

        foreach (var first in candidates[0].Take(8))
        {
            yield return [first, .. candidates.Skip(1).Select(c => c[0])];
        }
    }

    private static bool TryClose(Type[] parameters, out Type[] arguments)
    {
        arguments = parameters.Select(p => Candidates(p).FirstOrDefault()).ToArray()!;
        return arguments.All(a => a is not null);
    }

    /// <summary>Type arguments for a generic parameter: the package types its constraints allow, or string and int.</summary>
    private static List<Type> Candidates(Type parameter)
    {
        var constraints = parameter.GetGenericParameterConstraints();
        var attributes = parameter.GenericParameterAttributes;
        var valueType = attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
        var basic = valueType ? new[] { typeof(int) } : new[] { typeof(string), typeof(int) };
        if (constraints.Length == 0)
        {
            return basic.ToList();
        }

        return Packages.PublicTypes
            .Where(t => !t.IsGenericTypeDefinition && constraints.All(c => c.IsAssignableFrom(t)) && (!valueType || t.IsValueType))
            .Concat(constraints.Where(c => !c.ContainsGenericParameters && !valueType))
            .Distinct()
            .ToList();
    }

    private static bool TryMake<T>(Func<T> make, out T? made)
    {
        try
        {
            made = make();
            return true;
        }
        catch (ArgumentException)
        {
            made = default;
            return false;
        }
    }
}
