using System.Reflection;
using System.Reflection.Emit;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;

namespace DebtHub.Infrastructure.Tests.Compliance;

/// <summary>
/// One gate, proved structurally: across every DebtHub assembly beside this test (domain, infrastructure and the tests
/// themselves), a <see cref="ContactPermit"/> has no public or protected constructor, and the only method whose IL
/// constructs one is the compliance gate's. Likewise only the contact gateway makes a <see cref="ConfirmedAttempt"/>, the
/// one thing Twilio's call creation accepts.
/// </summary>
public sealed class PermitGateStructureTests
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void A_permit_cannot_be_constructed_outside_the_domain()
    {
        var constructors = typeof(ContactPermit).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);

        Assert.NotEmpty(constructors);
        Assert.All(constructors, c => Assert.False(c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly, $"{c} is reachable from other assemblies"));
        Assert.True(typeof(ContactPermit).IsSealed);
    }

    [Fact]
    public void Only_the_compliance_gate_constructs_a_permit()
    {
        var assemblies = DebtHubAssemblies();
        Assert.Contains(assemblies, a => a.GetName().Name == "DebtHub.Domain");
        Assert.Contains(assemblies, a => a.GetName().Name == "DebtHub.Infrastructure");

        var constructing = assemblies.SelectMany(a => Constructors(a, typeof(ContactPermit))).Distinct().ToList();

        Assert.Equal([$"{typeof(ComplianceGate).FullName}.Issue"], constructing);
    }

    [Fact]
    public void Only_the_contact_gateway_turns_a_confirmed_ledger_entry_into_a_placeable_attempt()
    {
        var constructors = typeof(ConfirmedAttempt).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.All(constructors, c => Assert.False(c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly, $"{c} is reachable from other assemblies"));

        // Test assemblies may build one to exercise an adapter's wire format alone; production code may not.
        var production = DebtHubAssemblies().Where(a => !a.GetName().Name!.EndsWith(".Tests", StringComparison.Ordinal));
        var constructing = production.SelectMany(a => Constructors(a, typeof(ConfirmedAttempt))).Distinct().ToList();

        Assert.Equal([$"{typeof(ContactGateway).FullName}.Confirmed"], constructing);
    }

    private static List<Assembly> DebtHubAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "DebtHub.*.dll")
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .ToList();

    private static IEnumerable<string> Constructors(Assembly assembly, Type constructed)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        foreach (var type in types)
        {
            var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
            foreach (var method in methods)
            {
                if (Constructs(method, constructed))
                {
                    yield return $"{type.FullName}.{method.Name}";
                }
            }
        }
    }

    /// <summary>Walks the method's IL, opcode by opcode, looking for <c>newobj ContactPermit::.ctor</c>.</summary>
    private static bool Constructs(MethodBase method, Type constructed)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return false;
        }

        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            if (opCode == OpCodes.Newobj || opCode == OpCodes.Call || opCode == OpCodes.Ldftn)
            {
                var token = BitConverter.ToInt32(il, position);
                if (ResolvesToConstructorOf(method, token, constructed))
                {
                    return true;
                }
            }

            position += OperandSize(opCode, il, position);
        }

        return false;
    }

    private static bool ResolvesToConstructorOf(MethodBase method, int token, Type constructed)
    {
        try
        {
            var target = method.Module.ResolveMethod(
                token,
                method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null,
                method.IsGenericMethod ? method.GetGenericArguments() : null);
            return target is ConstructorInfo && target.DeclaringType == constructed;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (BitConverter.ToInt32(il, position) * 4),
        _ => 4,
    };
}
