using System.Reflection;

namespace Directus.Tests.Support;

/// <summary>
/// Which methods of an assembly call which others, read from their IL: every call, callvirt, newobj and ldftn operand
/// that resolves to a method. Lambdas, local functions and async bodies are compiler-made types nested in the type
/// that wrote them, so each call is attributed to the outermost declaring type.
/// </summary>
public static class MethodCalls
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Each (writing type, called method) pair in <paramref name="assembly"/>.</summary>
    public static IEnumerable<(Type Caller, MethodBase Callee)> In(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            {
                foreach (var callee in CalleesOf(method))
                {
                    yield return (Outermost(type), callee);
                }
            }
        }
    }

    private static IEnumerable<MethodBase> CalleesOf(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        for (var at = 0; at + 4 < il.Length; at++)
        {
            // call, callvirt, newobj; ldftn and ldvirtftn are two-byte opcodes (0xFE 0x06, 0xFE 0x07).
            var operandAt = il[at] is 0x28 or 0x6F or 0x73 ? at + 1
                : il[at] == 0xFE && il[at + 1] is 0x06 or 0x07 && at + 5 < il.Length ? at + 2
                : -1;
            if (operandAt >= 0 && Resolve(method, BitConverter.ToInt32(il, operandAt)) is { } callee)
            {
                yield return callee;
            }
        }
    }

    /// <summary>The method a token names, or null for bytes that only looked like a call (the scan reads every offset).</summary>
    private static MethodBase? Resolve(MethodBase method, int token)
    {
        var table = token >> 24;
        if (table is not (0x06 or 0x0A or 0x2B))
        {
            return null; // MethodDef, MemberRef, MethodSpec
        }

        try
        {
            var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            return method.Module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (Exception failure) when (failure is ArgumentException or BadImageFormatException or MissingMethodException or TypeLoadException)
        {
            return null;
        }
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }
}
