using System.Reflection;
using DebtHub.Domain.Compliance;

namespace DebtHub.Infrastructure.Tests.Twilio.Support;

/// <summary>
/// Stands in for the compliance gate, whose constructor access is internal to the domain (only the gate issues
/// permits). Tests reach that constructor by reflection so production code keeps no second way to mint one.
/// </summary>
internal static class Permits
{
    public static ContactPermit ForCall(string destination, DateTimeOffset issuedAt, TimeSpan? lifetime = null, ContactChannel channel = ContactChannel.Call)
    {
        var constructor = typeof(ContactPermit).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        return (ContactPermit)constructor.Invoke(
        [
            Guid.NewGuid(), Guid.NewGuid(), new List<Guid> { Guid.NewGuid() }, channel, ContactMode.Progressive,
            destination, issuedAt, issuedAt + (lifetime ?? TimeSpan.FromMinutes(5)), "test-rules-1",
        ]);
    }
}
