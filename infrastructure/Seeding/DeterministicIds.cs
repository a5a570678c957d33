namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// UUIDv7 (RFC 9562) made from an instant and a seeded generator instead of the system's random source, so the same
/// seed gives the same ids: 48 bits of Unix milliseconds, version 7, 74 seeded bits, variant 10.
/// </summary>
internal static class DeterministicIds
{
    public static Guid New(DateTimeOffset at, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes[6..]);
        var ms = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
