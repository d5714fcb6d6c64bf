using System.Globalization;
using System.Reflection;
using System.Text;

namespace AsnKinerja.PublicApi.Tests;

/// <summary>
/// Prints the public API of an assembly as C#-like text in a stable order, so a change to the API is a visible
/// diff (a hand-written stand-in for PublicApiGenerator, which is not available here).
/// </summary>
/// <remarks>
/// Printed: every public type (and protected nested type of an unsealed public type), and every public member
/// (protected too, on unsealed types), with the nullability of reference types, parameter modifiers, default
/// values, generic constraints, enum values and the attributes that change how an API is used ([Obsolete],
/// [Flags], [EditorBrowsable]). Type names are namespace-qualified, except C# keywords, so the text is
/// unambiguous. Order: namespace, then type full name (ordinal); inside a type, members by kind
/// (field, constructor, property, event, method, operator), then name, then signature; enum members by value.
/// Not printed: anything that differs between the netstandard2.0 and net8.0 builds without being API
/// (assembly version and target-framework attributes), unspeakable compiler-generated members and types
/// (<c>&lt;Clone&gt;$</c>, backing fields, closures), accessor methods (they are printed as part of their
/// property or event), and the compiler's marker attributes (nullability is printed as <c>?</c>, readonly
/// structs as <c>readonly struct</c>). Synthesized record members that callers can use (<c>Equals</c>,
/// <c>==</c>, <c>Deconstruct</c>) are printed: they are API like any other.
/// </remarks>
public sealed class PublicApiWriter
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private const string Indent = "    ";

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(char)] = "char",
        [typeof(sbyte)] = "sbyte",
        [typeof(byte)] = "byte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Equality"] = "==",
        ["op_Inequality"] = "!=",
        ["op_LessThan"] = "<",
        ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=",
        ["op_GreaterThanOrEqual"] = ">=",
        ["op_Addition"] = "+",
        ["op_Subtraction"] = "-",
        ["op_Multiply"] = "*",
        ["op_Division"] = "/",
        ["op_Modulus"] = "%",
        ["op_UnaryNegation"] = "-",
        ["op_UnaryPlus"] = "+",
        ["op_LogicalNot"] = "!",
        ["op_OnesComplement"] = "~",
        ["op_Increment"] = "++",
        ["op_Decrement"] = "--",
        ["op_True"] = "true",
        ["op_False"] = "false",
        ["op_BitwiseAnd"] = "&",
        ["op_BitwiseOr"] = "|",
        ["op_ExclusiveOr"] = "^",
        ["op_LeftShift"] = "<<",
        ["op_RightShift"] = ">>",
        ["op_UnsignedRightShift"] = ">>>",
        ["op_CheckedAddition"] = "checked +",
        ["op_CheckedSubtraction"] = "checked -",
        ["op_CheckedMultiply"] = "checked *",
        ["op_CheckedDivision"] = "checked /",
        ["op_CheckedUnaryNegation"] = "checked -",
        ["op_CheckedIncrement"] = "checked ++",
        ["op_CheckedDecrement"] = "checked --",
    };

    private static readonly HashSet<string> PrintedAttributes = new(StringComparer.Ordinal)
    {
        "System.ObsoleteAttribute",
        "System.FlagsAttribute",
        "System.ComponentModel.EditorBrowsableAttribute",
    };

    // NullabilityInfoContext caches and is not thread-safe: one per writer, one writer per call.
    private readonly NullabilityInfoContext _nullability = new();

    private PublicApiWriter()
    {
    }

    private enum MemberKind
    {
        Field,
        Constructor,
        Property,
        Event,
        Method,
        Operator,
    }

    /// <summary>The public API of <paramref name="assembly"/>, with <c>\n</c> line endings.</summary>
    public static string ForAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var writer = new PublicApiWriter();
        var types = assembly.GetTypes()
            .Where(IsVisible)
            .OrderBy(t => t.Namespace ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

        var text = new StringBuilder();
        text.Append("// Public API of ").Append(assembly.GetName().Name).Append('\n');
        string? currentNamespace = null;
        foreach (var type in types)
        {
            var ns = type.Namespace ?? string.Empty;
            if (!string.Equals(ns, currentNamespace, StringComparison.Ordinal))
            {
                text.Append('\n').Append(ns.Length == 0 ? "// (global namespace)" : "namespace " + ns + ";").Append('\n');
                currentNamespace = ns;
            }

            text.Append('\n').Append(writer.WriteTypeBlock(type));
        }

        return text.ToString();
    }

    /// <summary>The block printed for one type (its attributes, declaration and members), with <c>\n</c> line endings.</summary>
    public static string ForType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new PublicApiWriter().WriteTypeBlock(type);
    }

    /// <summary>Whether a type is visible outside its assembly (public, or protected inside an unsealed visible type).</summary>
    public static bool IsVisible(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (IsUnspeakable(type.Name))
        {
            return false;
        }

        if (!type.IsNested)
        {
            return type.IsPublic;
        }

        var declaring = type.DeclaringType!;
        return IsVisible(declaring) && (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !declaring.IsSealed));
    }

    private static bool IsUnspeakable(string name) => name.Contains('<', StringComparison.Ordinal) || name.Contains('>', StringComparison.Ordinal);

    private string WriteTypeBlock(Type type)
    {
        var text = new StringBuilder();
        foreach (var attribute in Attributes(type.CustomAttributes, type))
        {
            text.Append(attribute).Append('\n');
        }

        if (IsDelegate(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            text.Append(TypeVisibility(type)).Append(" delegate ")
                .Append(ReturnType(invoke)).Append(' ')
                .Append(DeclarationName(type))
                .Append('(').Append(Parameters(invoke.GetParameters(), isExtension: false)).Append(')')
                .Append(Constraints(type.GetGenericArguments().Where(a => a.DeclaringMethod is null && IsOwnGenericParameter(type, a))))
                .Append(";\n");
            return text.ToString();
        }

        text.Append(TypeHeader(type)).Append('\n').Append("{\n");
        var members = type.IsEnum ? EnumMembers(type) : Members(type);
        foreach (var member in members)
        {
            foreach (var line in member.Split('\n'))
            {
                text.Append(Indent).Append(line).Append('\n');
            }
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var header = new StringBuilder(TypeVisibility(type)).Append(' ');
        if (type.IsEnum)
        {
            header.Append("enum ").Append(DeclarationName(type));
            var underlying = Enum.GetUnderlyingType(type);
            if (underlying != typeof(int))
            {
                header.Append(" : ").Append(Keywords[underlying]);
            }

            return header.ToString();
        }

        if (type.IsInterface)
        {
            header.Append("interface ");
        }
        else if (type.IsValueType)
        {
            if (HasAttribute(type.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            {
                header.Append("readonly ");
            }

            if (type.IsByRefLike)
            {
                header.Append("ref ");
            }

            header.Append(IsRecord(type) ? "record struct " : "struct ");
        }
        else
        {
            if (type.IsAbstract && type.IsSealed)
            {
                header.Append("static ");
            }
            else if (type.IsSealed)
            {
                header.Append("sealed ");
            }
            else if (type.IsAbstract)
            {
                header.Append("abstract ");
            }

            header.Append(IsRecord(type) ? "record " : "class ");
        }

        header.Append(DeclarationName(type));

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(i => TypeName(i)).OrderBy(n => n, StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            header.Append(" : ").AppendJoin(", ", bases);
        }

        header.Append(Constraints(type.GetGenericArguments().Where(a => IsOwnGenericParameter(type, a))));
        return header.ToString();
    }

    private static string TypeVisibility(Type type) =>
        !type.IsNested || type.IsNestedPublic ? "public" : type.IsNestedFamORAssem ? "protected internal" : "protected";

    // A nested type's generic arguments include its declaring types' parameters; only its own are declared on it.
    private static bool IsOwnGenericParameter(Type type, Type parameter) =>
        type.DeclaringType is not { IsGenericType: true } declaring || parameter.GenericParameterPosition >= declaring.GetGenericArguments().Length;

    private static bool IsDelegate(Type type) => type.IsSubclassOf(typeof(Delegate)) && type != typeof(MulticastDelegate);

    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", Declared) is { } printMembers
        && HasAttribute(printMembers.CustomAttributes, "System.Runtime.CompilerServices.CompilerGeneratedAttribute");

    private static string DeclarationName(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            chain.Insert(0, t);
        }

        var arguments = type.GetGenericArguments();
        var used = 0;
        var parts = new List<string>();
        foreach (var t in chain)
        {
            var (name, arity) = SplitArity(t.Name);
            var own = arguments.Skip(used).Take(arity).Select(a => a.Name).ToList();
            used += arity;
            parts.Add(own.Count == 0 ? name : name + "<" + string.Join(", ", own) + ">");
        }

        return string.Join(".", parts);
    }

    private static (string Name, int Arity) SplitArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? (name, 0) : (name[..tick], int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture));
    }

    private static List<string> EnumMembers(Type type)
    {
        return type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Field: f, Value: f.GetRawConstantValue()!))
            .OrderBy(f => Convert.ToDecimal(f.Value, CultureInfo.InvariantCulture))
            .ThenBy(f => f.Field.Name, StringComparer.Ordinal)
            .Select(f => WithAttributes(f.Field, f.Field.Name + " = " + Convert.ToString(f.Value, CultureInfo.InvariantCulture) + ","))
            .ToList();
    }

    private List<string> Members(Type type)
    {
        var accessors = new HashSet<MethodInfo>();
        var entries = new List<(MemberKind Kind, string Name, string Text)>();

        foreach (var property in type.GetProperties(Declared))
        {
            accessors.UnionWith(property.GetAccessors(nonPublic: true));
            if (!IsUnspeakable(property.Name) && property.GetAccessors(nonPublic: true).Any(a => IsVisible(type, a)))
            {
                entries.Add((MemberKind.Property, property.Name, Property(type, property)));
            }
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            foreach (var accessor in new[] { @event.AddMethod, @event.RemoveMethod, @event.RaiseMethod })
            {
                if (accessor is not null)
                {
                    accessors.Add(accessor);
                }
            }

            if (!IsUnspeakable(@event.Name) && @event.AddMethod is { } add && IsVisible(type, add))
            {
                entries.Add((MemberKind.Event, @event.Name, Event(add, @event)));
            }
        }

        foreach (var field in type.GetFields(Declared))
        {
            if (!IsUnspeakable(field.Name) && IsVisible(type, field))
            {
                entries.Add((MemberKind.Field, field.Name, Field(field)));
            }
        }

        foreach (var constructor in type.GetConstructors(Declared))
        {
            if (!constructor.IsStatic && IsVisible(type, constructor))
            {
                entries.Add((MemberKind.Constructor, constructor.Name, Constructor(type, constructor)));
            }
        }

        foreach (var method in type.GetMethods(Declared))
        {
            if (accessors.Contains(method) || IsUnspeakable(method.Name) || !IsVisible(type, method))
            {
                continue;
            }

            var isOperator = method.IsSpecialName && Operators.ContainsKey(method.Name)
                || method.Name is "op_Implicit" or "op_Explicit";
            entries.Add((isOperator ? MemberKind.Operator : MemberKind.Method, method.Name, isOperator ? Operator(method) : Method(type, method)));
        }

        return entries
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .Select(e => e.Text)
            .ToList();
    }

    private static bool IsVisible(Type type, MethodBase method) =>
        method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !type.IsSealed);

    private static bool IsVisible(Type type, FieldInfo field) =>
        field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && !type.IsSealed);

    private static string Visibility(MethodBase method) =>
        method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    private string Field(FieldInfo field)
    {
        var line = new StringBuilder(field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected");
        if (field.IsLiteral)
        {
            line.Append(" const ");
        }
        else
        {
            line.Append(field.IsStatic ? " static" : string.Empty).Append(field.IsInitOnly ? " readonly " : " ");
        }

        line.Append(TypeName(field.FieldType, _nullability.Create(field), TupleNames.Of(field.CustomAttributes))).Append(' ').Append(field.Name);
        if (field.IsLiteral)
        {
            line.Append(" = ").Append(Literal(field.GetRawConstantValue(), field.FieldType));
        }

        return WithAttributes(field, line.Append(';').ToString());
    }

    private string Constructor(Type type, ConstructorInfo constructor)
    {
        var line = Visibility(constructor) + " " + SplitArity(type.Name).Name + "(" + Parameters(constructor.GetParameters(), isExtension: false) + ");";
        return WithAttributes(constructor, line);
    }

    private string Property(Type type, PropertyInfo property)
    {
        var getter = property.GetMethod is { } g && IsVisible(type, g) ? g : null;
        var setter = property.SetMethod is { } s && IsVisible(type, s) ? s : null;
        var main = getter ?? setter!;
        var visibility = getter is not null && setter is not null && !getter.IsPublic && setter.IsPublic ? Visibility(setter) : Visibility(main);

        var info = _nullability.Create(property);
        var line = new StringBuilder(visibility).Append(' ');
        if (HasAttribute(property.CustomAttributes, "System.Runtime.CompilerServices.RequiredMemberAttribute"))
        {
            line.Append("required ");
        }

        line.Append(Modifiers(type, main))
            .Append(main.ReturnType.IsByRef ? RefPrefix(property.GetMethod!.ReturnParameter) : string.Empty)
            .Append(TypeName(property.PropertyType, info, TupleNames.Of(property.CustomAttributes), getter is null))
            .Append(' ');

        var index = property.GetIndexParameters();
        line.Append(index.Length == 0 ? property.Name : "this[" + Parameters(index, isExtension: false) + "]");
        line.Append(" { ");
        if (getter is not null)
        {
            line.Append(Visibility(getter) == visibility ? string.Empty : Visibility(getter) + " ").Append("get; ");
        }

        if (setter is not null)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            line.Append(Visibility(setter) == visibility ? string.Empty : Visibility(setter) + " ").Append(isInit ? "init; " : "set; ");
        }

        return WithAttributes(property, line.Append('}').ToString());
    }

    private string Event(MethodInfo add, EventInfo @event)
    {
        var line = Visibility(add) + " " + Modifiers(add.DeclaringType!, add) + "event "
            + TypeName(@event.EventHandlerType!, _nullability.Create(@event), TupleNames.Of(@event.CustomAttributes)) + " " + @event.Name + ";";
        return WithAttributes(@event, line);
    }

    private string Method(Type type, MethodInfo method)
    {
        var isExtension = HasAttribute(method.CustomAttributes, "System.Runtime.CompilerServices.ExtensionAttribute");
        var name = method.Name;
        if (method.IsGenericMethodDefinition)
        {
            name += "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">";
        }

        var line = Visibility(method) + " " + Modifiers(type, method) + ReturnType(method) + " " + name
            + "(" + Parameters(method.GetParameters(), isExtension) + ")"
            + Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []) + ";";
        return WithAttributes(method, line);
    }

    private string Operator(MethodInfo method)
    {
        var parameters = "(" + Parameters(method.GetParameters(), isExtension: false) + ");";
        var line = method.Name switch
        {
            "op_Implicit" => Visibility(method) + " static implicit operator " + ReturnType(method) + parameters,
            "op_Explicit" => Visibility(method) + " static explicit operator " + ReturnType(method) + parameters,
            _ => Visibility(method) + " static " + ReturnType(method) + " operator " + Operators[method.Name] + parameters,
        };
        return WithAttributes(method, line);
    }

    private static string Modifiers(Type type, MethodInfo method)
    {
        if (type.IsInterface)
        {
            return method.IsStatic ? (method.IsAbstract ? "static abstract " : "static ") : string.Empty;
        }

        if (method.IsStatic)
        {
            return "static ";
        }

        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (method.IsAbstract)
        {
            return overrides ? "abstract override " : "abstract ";
        }

        if (!method.IsVirtual)
        {
            return string.Empty;
        }

        if (overrides)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        // Interface implementations are virtual final in metadata but not virtual in C#.
        return method.IsFinal ? string.Empty : "virtual ";
    }

    private string ReturnType(MethodInfo method)
    {
        var parameter = method.ReturnParameter;
        var prefix = method.ReturnType.IsByRef ? RefPrefix(parameter) : string.Empty;
        return prefix + TypeName(method.ReturnType, _nullability.Create(parameter), TupleNames.Of(parameter.CustomAttributes));
    }

    private static string RefPrefix(ParameterInfo returnParameter) =>
        HasAttribute(returnParameter.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "ref readonly " : "ref ";

    private string Parameters(ParameterInfo[] parameters, bool isExtension)
    {
        var printed = new List<string>();
        foreach (var parameter in parameters)
        {
            var text = new StringBuilder();
            if (isExtension && parameter.Position == 0)
            {
                text.Append("this ");
            }

            if (HasAttribute(parameter.CustomAttributes, "System.ParamArrayAttribute")
                || HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.ParamCollectionAttribute"))
            {
                text.Append("params ");
            }

            var type = parameter.ParameterType;
            var isOutput = false;
            if (type.IsByRef)
            {
                if (HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.RequiresLocationAttribute"))
                {
                    text.Append("ref readonly ");
                }
                else if (parameter.IsOut && !parameter.IsIn)
                {
                    text.Append("out ");
                    isOutput = true;
                }
                else if (parameter.IsIn)
                {
                    text.Append("in ");
                }
                else
                {
                    text.Append("ref ");
                }
            }

            // What a caller may pass (write state) for inputs; what it gets back (read state) for out parameters.
            text.Append(TypeName(type, _nullability.Create(parameter), TupleNames.Of(parameter.CustomAttributes), useWriteState: !isOutput))
                .Append(' ').Append(parameter.Name);
            if (parameter.HasDefaultValue)
            {
                text.Append(" = ").Append(Literal(parameter.DefaultValue, type));
            }

            printed.Add(text.ToString());
        }

        return string.Join(", ", printed);
    }

    private static string Constraints(IEnumerable<Type> genericParameters)
    {
        var text = new StringBuilder();
        foreach (var parameter in genericParameters)
        {
            var constraints = new List<string>();
            var attributes = parameter.GenericParameterAttributes;
            var nullable = NullableFlag(parameter);
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add(nullable == 2 ? "class?" : "class");
            }
            else if (HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.IsUnmanagedAttribute"))
            {
                constraints.Add("unmanaged");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("struct");
            }
            else if (nullable == 1)
            {
                constraints.Add("notnull");
            }

            var types = parameter.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).ToList();
            constraints.AddRange(types.Where(c => !c.IsInterface).Select(c => TypeName(c)));
            constraints.AddRange(types.Where(c => c.IsInterface).Select(c => TypeName(c)).OrderBy(n => n, StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint)
                && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("new()");
            }

            if (((int)attributes & 0x20) != 0)
            {
                // GenericParameterAttributes.AllowByRefLike (C# 13 'allows ref struct').
                constraints.Add("allows ref struct");
            }

            if (constraints.Count > 0)
            {
                text.Append(" where ").Append(parameter.Name).Append(" : ").AppendJoin(", ", constraints);
            }
        }

        return text.ToString();
    }

    // The compiler's nullable flag for a type parameter: on the parameter itself, else the nearest NullableContext.
    private static byte NullableFlag(Type genericParameter)
    {
        var own = genericParameter.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.NullableAttribute");
        if (own is not null)
        {
            return own.ConstructorArguments[0].Value switch
            {
                byte b => b,
                IReadOnlyCollection<CustomAttributeTypedArgument> bytes => (byte)bytes.First().Value!,
                _ => 0,
            };
        }

        IEnumerable<MemberInfo> scopes = genericParameter.DeclaringMethod is { } method ? [method] : [];
        for (var t = genericParameter.DeclaringType; t is not null; t = t.DeclaringType)
        {
            scopes = scopes.Append(t);
        }

        foreach (var scope in scopes)
        {
            var context = scope.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.NullableContextAttribute");
            if (context is not null)
            {
                return (byte)context.ConstructorArguments[0].Value!;
            }
        }

        return 0;
    }

    private static string TypeName(Type type) => TypeName(type, null, null);

    private static string TypeName(Type type, NullabilityInfo? nullability, TupleNames? names, bool useWriteState = false)
    {
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        var state = nullability is null ? NullabilityState.Unknown : useWriteState ? nullability.WriteState : nullability.ReadState;
        var mark = state == NullabilityState.Nullable && !type.IsValueType ? "?" : string.Empty;

        if (type.IsGenericParameter)
        {
            return type.Name + mark;
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return TypeName(type.GetElementType()!, nullability?.ElementType, names) + "[" + new string(',', rank - 1) + "]" + mark;
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!, null, names) + "*";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        NullabilityInfo? ArgumentNullability(int i) =>
            nullability is not null && i < nullability.GenericTypeArguments.Length ? nullability.GenericTypeArguments[i] : null;

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return TypeName(arguments[0], ArgumentNullability(0), names) + "?";
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition && IsValueTuple(type) && arguments.Length <= 7)
        {
            var elementNames = names?.Take(arguments.Length);
            var elements = arguments.Select((a, i) =>
            {
                var element = TypeName(a, ArgumentNullability(i), names);
                return elementNames?[i] is { } n ? element + " " + n : element;
            });
            return "(" + string.Join(", ", elements) + ")" + mark;
        }

        var chain = new List<Type>();
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            chain.Insert(0, t);
        }

        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(type.Namespace))
        {
            text.Append(type.Namespace).Append('.');
        }

        var used = 0;
        for (var level = 0; level < chain.Count; level++)
        {
            var (name, arity) = SplitArity(chain[level].Name);
            text.Append(level > 0 ? "." : string.Empty).Append(name);
            if (arity > 0)
            {
                var printed = new List<string>();
                for (var i = used; i < used + arity; i++)
                {
                    printed.Add(TypeName(arguments[i], ArgumentNullability(i), names));
                }

                text.Append('<').AppendJoin(", ", printed).Append('>');
                used += arity;
            }
        }

        return text.Append(mark).ToString();
    }

    private static bool IsValueTuple(Type type) =>
        type.Namespace == "System" && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal);

    private static List<string> Attributes(IEnumerable<CustomAttributeData> attributes, MemberInfo owner)
    {
        var list = attributes.ToList();
        var featureGated = list.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute")
            || (owner is Type { IsByRefLike: true });
        return list
            .Where(a => PrintedAttributes.Contains(a.AttributeType.FullName!))
            // The compiler marks ref structs and constructors of types with required members [Obsolete] for old compilers.
            .Where(a => !(featureGated && a.AttributeType.FullName == "System.ObsoleteAttribute" && a.ConstructorArguments.Count == 2 && Equals(a.ConstructorArguments[1].Value, true)))
            .Select(FormatAttribute)
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();
    }

    private static string WithAttributes(MemberInfo member, string line)
    {
        var attributes = Attributes(member.CustomAttributes, member);
        return attributes.Count == 0 ? line : string.Join("\n", attributes) + "\n" + line;
    }

    private static string FormatAttribute(CustomAttributeData attribute)
    {
        var name = attribute.AttributeType.FullName!;
        name = name[..^"Attribute".Length];
        var arguments = attribute.ConstructorArguments.Select(FormatArgument)
            .Concat(attribute.NamedArguments.Select(n => n.MemberName + " = " + FormatArgument(n.TypedValue)))
            .ToList();
        return "[" + name + (arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")") + "]";
    }

    private static string FormatArgument(CustomAttributeTypedArgument argument) =>
        argument.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items
            ? "new[] { " + string.Join(", ", items.Select(FormatArgument)) + " }"
            : argument.Value is Type t ? "typeof(" + TypeName(t) + ")" : Literal(argument.Value, argument.ArgumentType);

    private static string Literal(object? value, Type type)
    {
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null";
        }

        if (underlying.IsEnum)
        {
            var typed = Enum.ToObject(underlying, value);
            return Enum.IsDefined(underlying, typed)
                ? TypeName(underlying) + "." + Enum.GetName(underlying, typed)
                : "(" + TypeName(underlying) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        return value switch
        {
            string s => Quote(s, '"'),
            char c => Quote(c.ToString(), '\''),
            bool b => b ? "true" : "false",
            float f => float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) + "f" : "float." + (float.IsNaN(f) ? "NaN" : f > 0 ? "PositiveInfinity" : "NegativeInfinity"),
            double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "double." + (double.IsNaN(d) ? "NaN" : d > 0 ? "PositiveInfinity" : "NegativeInfinity"),
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static string Quote(string text, char quote)
    {
        var result = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when c == quote => "\\" + c,
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return result.Append(quote).ToString();
    }

    private static bool HasAttribute(IEnumerable<CustomAttributeData> attributes, string fullName) =>
        attributes.Any(a => a.AttributeType.FullName == fullName);

    /// <summary>Tuple element names from [TupleElementNames], consumed in the compiler's pre-order.</summary>
    private sealed class TupleNames
    {
        private readonly IReadOnlyList<string?> _names;
        private int _next;

        private TupleNames(IReadOnlyList<string?> names) => _names = names;

        public static TupleNames? Of(IEnumerable<CustomAttributeData> attributes)
        {
            var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.TupleElementNamesAttribute");
            return attribute?.ConstructorArguments[0].Value is IReadOnlyCollection<CustomAttributeTypedArgument> names
                ? new TupleNames(names.Select(n => (string?)n.Value).ToList())
                : null;
        }

        public List<string?> Take(int count)
        {
            var taken = new List<string?>();
            for (var i = 0; i < count; i++)
            {
                taken.Add(_next < _names.Count ? _names[_next] : null);
                _next++;
            }

            return taken;
        }
    }
}
