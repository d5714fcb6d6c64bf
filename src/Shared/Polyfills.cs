// Attributes that the C# compiler and its nullable analysis recognise by name and that netstandard2.0 does not have.
// They are declared here rather than generated: the polyfill generator used before emitted them in a different order
// on every compilation, so two builds of one commit gave different netstandard2.0 assemblies. [Embedded] keeps each
// copy private to the assembly that declares it, so friend assemblies and applications never see two definitions.
// The net8.0 builds take the real attributes from the framework. Add a type here when netstandard2.0 code needs it.
#if NETSTANDARD2_0
namespace Microsoft.CodeAnalysis
{
    /// <summary>Marks a type as private to its assembly, even for friend assemblies (recognised by the compiler).</summary>
    [AttributeUsage(AttributeTargets.All)]
    internal sealed partial class EmbeddedAttribute : Attribute
    {
    }
}

namespace System.Runtime.CompilerServices
{
    /// <summary>Lets the compiler emit <c>init</c> accessors and records.</summary>
    [Microsoft.CodeAnalysis.Embedded]
    internal static class IsExternalInit
    {
    }

    /// <summary>Names the parameter whose argument expression the compiler passes as text.</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>Null is allowed as an input even where the type does not allow it.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class AllowNullAttribute : Attribute
    {
    }

    /// <summary>Null is not allowed as an input even where the type allows it.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class DisallowNullAttribute : Attribute
    {
    }

    /// <summary>An output may be null even where the type does not allow it.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class MaybeNullAttribute : Attribute
    {
    }

    /// <summary>An output is not null even where the type allows it.</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class NotNullAttribute : Attribute
    {
    }

    /// <summary>The out parameter may be null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class MaybeNullWhenAttribute : Attribute
    {
        public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }

    /// <summary>The parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }

    /// <summary>The output is not null when the named parameter is not null.</summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, AllowMultiple = true, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class NotNullIfNotNullAttribute : Attribute
    {
        public NotNullIfNotNullAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }

    /// <summary>The method never returns.</summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class DoesNotReturnAttribute : Attribute
    {
    }

    /// <summary>The method does not return when the parameter has the value <see cref="ParameterValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class DoesNotReturnIfAttribute : Attribute
    {
        public DoesNotReturnIfAttribute(bool parameterValue) => ParameterValue = parameterValue;

        public bool ParameterValue { get; }
    }

    /// <summary>The named members are not null when the method or property returns.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class MemberNotNullAttribute : Attribute
    {
        public MemberNotNullAttribute(string member) => Members = new[] { member };

        public MemberNotNullAttribute(params string[] members) => Members = members;

        public string[] Members { get; }
    }

    /// <summary>The named members are not null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    [Microsoft.CodeAnalysis.Embedded]
    internal sealed class MemberNotNullWhenAttribute : Attribute
    {
        public MemberNotNullWhenAttribute(bool returnValue, string member)
        {
            ReturnValue = returnValue;
            Members = new[] { member };
        }

        public MemberNotNullWhenAttribute(bool returnValue, params string[] members)
        {
            ReturnValue = returnValue;
            Members = members;
        }

        public bool ReturnValue { get; }

        public string[] Members { get; }
    }
}
#endif
