using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace AsnKinerja.Conventions.Tests.Exceptions;

/// <summary>
/// One seeded run: gathers instances of the packages' types, then calls every public member with benign and edge
/// arguments and records each exception whose type its XML docs do not name.
/// </summary>
internal sealed class ExceptionRun
{
    /// <summary>The environment variable that sets the seed (an integer) to replay a run; unset, each run draws one.</summary>
    public const string SeedVariable = "ASNKINERJA_FUZZ_SEED";

    /// <summary>The environment variable that limits a run to the members whose documentation ID contains its value.</summary>
    public const string MemberVariable = "ASNKINERJA_FUZZ_MEMBER";

    /// <summary>Calls per member at scale 1; <c>ASNKINERJA_FSCHECK_SCALE</c> multiplies it as it does FsCheck's cases.</summary>
    public const int CasesPerMember = 24;

    /// <summary>Exceptions that are never a member's contract, even when documented: they are bugs.</summary>
    public static readonly Type[] NeverAcceptable =
    [
        typeof(OverflowException), typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(InvalidCastException),
        typeof(TypeInitializationException),
    ];

    // Gathering: rounds over every member (a later round can use what an earlier one produced), benign calls per member.
    private const int GrowthRounds = 4;
    private const int GrowthAttempts = 8;

    private static readonly Lazy<ExceptionRun> Shared = new(() => new ExceptionRun(ReadSeed(), AsnKinerja.Testing.PropertyAttribute.Scale * CasesPerMember).Execute());

    private readonly ArgumentSource source = new();
    private readonly Dictionary<(string Id, string Exception), Violation> violations = [];
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> uncallable = new(StringComparer.Ordinal);
    private readonly List<string> slow = [];
    private readonly Dictionary<string, int> documentedThrows = new(StringComparer.Ordinal);
    private readonly List<string> accepted = [];

    private ExceptionRun(int seed, int cases)
    {
        Seed = seed;
        Cases = cases;
    }

    /// <summary>The run of this process (computed once, shared by the tests that read it).</summary>
    public static ExceptionRun Current => Shared.Value;

    public int Seed { get; }

    public int Cases { get; }

    public TimeSpan Elapsed { get; private set; }

    public int PoolSize { get; private set; }

    public IReadOnlyCollection<Violation> Violations => violations.Values;

    /// <summary>Documentation ID → number of calls made.</summary>
    public IReadOnlyDictionary<string, int> Calls => calls;

    /// <summary>Documentation ID → why the member could not be called.</summary>
    public IReadOnlyDictionary<string, string> Uncalled => uncallable;

    /// <summary>Calls that took more than a second (reported, not failed: cost is the benchmarks' business).</summary>
    public IReadOnlyList<string> Slow => slow;

    public int TotalCalls => calls.Values.Sum();

    /// <summary>How many calls threw each documented exception type (the contract at work).</summary>
    public IReadOnlyDictionary<string, int> DocumentedThrows => documentedThrows;

    /// <summary>With <see cref="MemberVariable"/> set: every documented exception thrown, for a look at one member.</summary>
    public IReadOnlyList<string> Accepted => accepted;

    public string Replay =>
        $"{SeedVariable}={Seed.ToString(CultureInfo.InvariantCulture)} dotnet test tests/AsnKinerja.Conventions.Tests -c Release "
        + "--filter \"FullyQualifiedName~ExceptionContractTests\" (add " + MemberVariable + "=<part of a documentation ID> to call one member)";

    private static int ReadSeed() =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Environment.TickCount & int.MaxValue;

    private ExceptionRun Execute()
    {
        var clock = Stopwatch.StartNew();
        var filter = Environment.GetEnvironmentVariable(MemberVariable);
        GatherStaticValues();
        foreach (var sample in Samples.All())
        {
            TryAdd(() => sample);
        }

        source.Refresh();
        var declared = PublicMembers.Declared.Where(m => !PublicMembers.Excluded.ContainsKey(DocumentedExceptions.IdOf(m))).ToList();
        // Gathering does not depend on the seed, so every run can call the same members.
        for (var round = 0; round < GrowthRounds; round++)
        {
            foreach (var target in Targets(declared))
            {
                Grow(target, new Random(StableHash(target.Id + "|" + target.Method) ^ round));
            }

            source.Refresh();
        }

        PoolSize = source.Count;
        foreach (var method in declared)
        {
            var id = DocumentedExceptions.IdOf(method);
            if (filter is { Length: > 0 } && !id.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            if (PublicMembers.Uncallable(method) is { } why)
            {
                uncallable[id] = why;
                continue;
            }

            calls.TryAdd(id, 0);
            var targets = PublicMembers.Close(method, PooledTypes()).ToList();
            if (targets.Count == 0)
            {
                uncallable[id] = "no type arguments satisfy its constraints";
                continue;
            }

            foreach (var target in targets)
            {
                Fuzz(target);
            }

            if (calls[id] == 0 && !uncallable.ContainsKey(id))
            {
                uncallable[id] = "no instance of " + method.DeclaringType!.Name + " could be produced";
            }
        }

        Elapsed = clock.Elapsed;
        return this;
    }

    private IEnumerable<Type> PooledTypes() => source.Types;

    private List<Target> Targets(IEnumerable<MethodBase> declared) =>
        declared.Where(m => PublicMembers.Uncallable(m) is null).SelectMany(m => PublicMembers.Close(m, PooledTypes())).ToList();

    private void GatherStaticValues()
    {
        foreach (var type in Packages.PublicTypes.Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }))
            {
                TryAdd(() => property.GetValue(null));
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                TryAdd(() => field.GetValue(null));
            }
        }

        source.Refresh();
    }

    /// <summary>Calls a member with benign arguments to gather what it returns; exceptions are ignored here, the fuzz judges them.</summary>
    private void Grow(Target target, Random random)
    {
        var method = target.Method;
        if (target.IsSetter || (method is MethodInfo info && info.ReturnType == typeof(void)))
        {
            return;
        }

        for (var attempt = 0; attempt < GrowthAttempts; attempt++)
        {
            object? receiver = null;
            if (target.NeedsReceiver && !source.TryBenign(method.DeclaringType!, random, 0, out receiver))
            {
                return;
            }

            var arguments = new object?[target.Parameters.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var parameter = target.Parameters[i];
                if (!parameter.IsOut && !source.TryBenign(parameter.ParameterType, random, 0, out arguments[i]))
                {
                    if (!parameter.HasDefaultValue)
                    {
                        return;
                    }

                    arguments[i] = parameter.DefaultValue;
                }
            }

            TryAdd(() => target.Invoke(receiver, arguments));
            foreach (var argument in target.Parameters.Where(p => p.IsOut).Select(p => arguments[p.Position]))
            {
                source.Add(argument);
            }
        }
    }

    private void TryAdd(Func<object?> produce)
    {
        try
        {
            var value = produce();
            source.Add(value);
            if (value is not null && Packages.Assemblies.Contains(value.GetType().Assembly))
            {
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    try
                    {
                        source.Add(property.GetValue(value));
                    }
                    catch (TargetInvocationException)
                    {
                        // A getter that throws on this instance is judged by the fuzz.
                    }
                }
            }
        }
        catch (Exception e) when (Packages.Assemblies.Contains(e.GetType().Assembly))
        {
            // The packages' own exception types are values with members too.
            source.Add(e);
        }
        catch (Exception)
        {
            // Gathering only: the fuzz calls the same member again and judges what it throws.
        }
    }

    private void Fuzz(Target target)
    {
        var random = new Random(Seed ^ StableHash(target.Id + "|" + target.Method));
        var parameters = target.Parameters;
        var edges = parameters.Select(p => source.Edges(p.ParameterType, random)).ToArray();
        var offsets = edges.Select(e => e.Count == 0 ? 0 : random.Next(e.Count)).ToArray();
        var documented = DocumentedExceptions.Of(target.Method);
        for (var c = 0; c < Cases; c++)
        {
            object? receiver = null;
            if (target.NeedsReceiver)
            {
                if (!source.TryBenign(target.Method.DeclaringType!, random, 0, out var pooled) || pooled is null)
                {
                    return;
                }

                // A struct's default value is valid and documented, so it is a receiver too.
                receiver = target.Method.DeclaringType!.IsValueType && c % 6 == 5 ? Activator.CreateInstance(target.Method.DeclaringType!) : pooled;
                if (target.IsSetter && (receiver = Copy(pooled)) is null)
                {
                    uncallable[target.Id] = "a setter of a type with no public copy (a record's clone or a parameterless constructor)";
                    return;
                }
            }

            // Two thirds of the cases put one edge value into one parameter, walking every parameter and every edge
            // value in turn, with benign values elsewhere (so the edge reaches the check it aims at); the rest mix freely.
            var systematic = c < Cases * 2 / 3 && parameters.Length > 0;
            var arguments = new object?[parameters.Length];
            var described = new string[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                var useEdge = systematic ? c % parameters.Length == i : random.Next(3) == 0;
                if (parameter.IsOut)
                {
                    arguments[i] = null;
                }
                else if ((useEdge || !source.TryBenign(parameter.ParameterType, random, 0, out arguments[i])) && edges[i].Count > 0)
                {
                    var pick = systematic ? (c / parameters.Length + offsets[i]) % edges[i].Count : random.Next(edges[i].Count);
                    arguments[i] = edges[i][pick]();
                }
                else if (arguments[i] is null && parameter.ParameterType.IsValueType && !parameter.ParameterType.IsByRefLike)
                {
                    arguments[i] = Activator.CreateInstance(parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType);
                }

                described[i] = parameter.Name + ": " + Describe(arguments[i]);
            }

            calls[target.Id]++;
            var clock = Stopwatch.StartNew();
            try
            {
                var result = target.Invoke(receiver, arguments);
                Consume(result);
            }
            catch (Exception ex)
            {
                Judge(target, documented, ex, c, described);
            }

            if (clock.ElapsedMilliseconds > 1000)
            {
                slow.Add($"{target.Id} took {clock.ElapsedMilliseconds} ms with ({string.Join(", ", described)})");
            }
        }
    }

    /// <summary>Runs what a call deferred: a lazy sequence's first elements, and the services a registration added.</summary>
    private static void Consume(object? result)
    {
        switch (result)
        {
            case Task task:
                if (!task.Wait(TimeSpan.FromSeconds(10)))
                {
                    throw new TimeoutException("The task did not finish within 10 seconds.");
                }

                task.GetAwaiter().GetResult();
                break;
            case IServiceCollection services:
                using (var provider = services.BuildServiceProvider())
                {
                    foreach (var descriptor in services.Where(d => Packages.Assemblies.Contains(d.ServiceType.Assembly) && !d.ServiceType.ContainsGenericParameters))
                    {
                        provider.GetService(descriptor.ServiceType);
                    }
                }

                break;
            case string or ICollection or IReadOnlyCollection<object>:
                break;
            case IEnumerable sequence when result.GetType().GetInterfaces().All(i => !i.IsGenericType || i.GetGenericTypeDefinition() != typeof(IReadOnlyCollection<>)):
                var n = 0;
                foreach (var unused in sequence)
                {
                    if (++n >= 100)
                    {
                        break;
                    }
                }

                break;
        }
    }

    private void Judge(Target target, IReadOnlySet<string> documented, Exception ex, int caseNumber, string[] described)
    {
        var hierarchy = new List<Type>();
        for (var t = ex.GetType(); t is not null; t = t.BaseType)
        {
            hierarchy.Add(t);
        }

        var never = hierarchy.Any(t => NeverAcceptable.Contains(t));
        if (!never && hierarchy.Any(t => documented.Contains(t.FullName!)))
        {
            var name = ex.GetType().Name;
            documentedThrows[name] = documentedThrows.GetValueOrDefault(name) + 1;
            if (Environment.GetEnvironmentVariable(MemberVariable) is { Length: > 0 })
            {
                accepted.Add($"{target.Id} case {caseNumber}: {ex.GetType().Name}: {FirstLine(ex.Message)}");
            }

            return;
        }

        if (ex is ArgumentException && ex.TargetSite?.DeclaringType is { } site && site.Assembly == typeof(object).Assembly
            && (site.Namespace == "System.Reflection" || site.Name == "RuntimeType"))
        {
            // Reflection refused an argument before the member ran: a gap in ArgumentSource, not in the member.
            violations[(target.Id, "harness")] = new Violation(target.Id, "(argument refused by reflection: fix ArgumentSource)", false, caseNumber, string.Join(", ", described), FirstLine(ex.Message), "reflection");
            return;
        }

        var key = (target.Id, ex.GetType().FullName!);
        if (!violations.ContainsKey(key))
        {
            violations[key] = new Violation(target.Id, ex.GetType().FullName!, never, caseNumber, string.Join(", ", described), FirstLine(ex.Message), Origin(ex));
        }
    }

    private static object? Copy(object receiver)
    {
        var type = receiver.GetType();
        if (type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is { } clone)
        {
            return clone.Invoke(receiver, null);
        }

        return type.GetConstructor(Type.EmptyTypes) is { } constructor ? constructor.Invoke(null) : null;
    }

    private static string Describe(object? value)
    {
        try
        {
            return value switch
            {
                null => "null",
                string s => s.Length > 24 ? "\"" + Escape(s.Substring(0, 12)) + "…\" (" + s.Length.ToString(CultureInfo.InvariantCulture) + " chars)" : "\"" + Escape(s) + "\"",
                Enum e => e.GetType().Name + "(" + Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")",
                IEnumerable items and not string => value.GetType().Name + "[" + items.Cast<object?>().Count().ToString(CultureInfo.InvariantCulture) + "]",
                IFormattable f => value.GetType().Name + " " + f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.GetType().Name + " " + Cut(value.ToString() ?? ""),
            };
        }
        catch (Exception)
        {
            return value!.GetType().Name;
        }
    }

    private static string Escape(string s)
    {
        var builder = new StringBuilder();
        foreach (var c in s)
        {
            builder.Append(c < ' ' || char.IsSurrogate(c) || c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.ToString();
    }

    private static string Cut(string s) => s.Length > 40 ? string.Concat(s.AsSpan(0, 40), "…") : s;

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 160 ? string.Concat(line.AsSpan(0, 160), "…") : line;
    }

    // The innermost frame in a package, so the report says where to fix.
    private static string Origin(Exception ex)
    {
        var frames = new StackTrace(ex, fNeedFileInfo: false).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Assembly is { } a && Packages.Assemblies.Contains(a));
        return frame?.GetMethod() is { } m ? m.DeclaringType!.Name + "." + m.Name : "(outside the packages)";
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}

/// <summary>An exception a member threw that its docs do not name (or that is never acceptable).</summary>
internal sealed record Violation(string Id, string Exception, bool NeverAcceptable, int Case, string Arguments, string Message, string Origin)
{
    public override string ToString() =>
        $"{Id} threw {Exception}{(NeverAcceptable ? " (never acceptable)" : "")} at {Origin} — case {Case}: ({Arguments}) — {Message}";
}
