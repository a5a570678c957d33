using System.Text;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// The ledger's Redis key layout. Every key of one debtor carries the hash tag <c>{debtor:&lt;id&gt;}</c>, so Redis
/// Cluster keeps them in one slot and one script can touch them all. Each slot also has a readiness marker whose tag
/// is chosen to hash to that slot: the reserve script checks it in the same slot, and after a flush or a restart that
/// lost data the marker is gone, so every reservation is refused until the rebuild from PostgreSQL puts it back.
/// </summary>
internal static class LedgerKeys
{
    public const int SlotCount = 16384;

    private const string Prefix = "dh:";

    private static readonly Lazy<string[]> _markers = new(BuildMarkers);

    private static ReadOnlySpan<byte> DebtorTagPrefix => "debtor:"u8;

    public static string DebtorTag(Guid debtorId) => $"{Prefix}{{debtor:{debtorId:N}}}:";

    public static RedisKey Reservation(Guid debtorId, Guid reservationId) => $"{DebtorTag(debtorId)}r:{reservationId:N}";

    /// <summary>
    /// All of a debtor's windows in one sorted set: member <c>&lt;window&gt;|&lt;attempt id&gt;</c>, score the instant. One
    /// read answers every limit and one ZADD counts an attempt everywhere (a key per window cost a command per limit).
    /// </summary>
    public static RedisKey Windows(Guid debtorId) => DebtorTag(debtorId) + "w";

    public static RedisKey Marker(Guid debtorId)
    {
        // On every reservation: the tag is formatted on the stack rather than as a string.
        Span<byte> tag = stackalloc byte[DebtorTagPrefix.Length + 32];
        DebtorTagPrefix.CopyTo(tag);
        debtorId.TryFormat(tag[DebtorTagPrefix.Length..], out _, "N");
        return _markers.Value[Slot(tag)];
    }

    /// <summary>Every slot's marker, for the rebuild to set.</summary>
    public static IReadOnlyList<string> AllMarkers => _markers.Value;

    /// <summary>Held by the process that rebuilds, so two instances do not replay the same history at once.</summary>
    public static RedisKey RebuildLock => $"{Prefix}ledger:rebuild-lock";

    /// <summary>The cluster slot of a hash tag: CRC16 (XMODEM) of the tag, modulo 16384, as Redis Cluster computes it.</summary>
    public static int Slot(string tag) => Slot(Encoding.UTF8.GetBytes(tag));

    public static int Slot(ReadOnlySpan<byte> tag)
    {
        ushort crc = 0;
        foreach (var b in tag)
        {
            crc ^= (ushort)(b << 8);
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }

        return crc % SlotCount;
    }

    /// <summary>One marker key per slot, found by trying tags until every slot has one (about 170,000 tries).</summary>
    private static string[] BuildMarkers()
    {
        var markers = new string[SlotCount];
        var missing = SlotCount;
        for (var n = 0; missing > 0; n++)
        {
            var tag = $"ledger-ready:{n}";
            var slot = Slot(tag);
            if (markers[slot] is null)
            {
                markers[slot] = $"{Prefix}{{{tag}}}";
                missing--;
            }
        }

        return markers;
    }
}
