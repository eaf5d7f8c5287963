using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Nacre.Agents.Protocol;

/// <summary>
/// The env protocol's framing: every message is a 4-byte little-endian length, then that many bytes whose first is
/// the kind — 'J' for UTF-8 JSON, 'B' for binary observation arrays (docs/agents.md, "Protocol").
/// </summary>
public static class Wire
{
    /// <summary>Largest message accepted from a client, bytes.</summary>
    public const int MaxRequestBytes = 1 << 20;

    public const byte Json = (byte)'J';

    public const byte Binary = (byte)'B';

    /// <summary>Reads one message; null at a clean end of stream.</summary>
    /// <exception cref="ProtocolException">A malformed frame (too large, empty, unknown kind, cut short).</exception>
    public static async Task<(byte Kind, byte[] Body)?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[4];
        int got = await ReadFullyAsync(stream, header, cancel).ConfigureAwait(false);
        if (got == 0)
        {
            return null;
        }
        if (got < 4)
        {
            throw new ProtocolException("the connection ended inside a message header");
        }
        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 1 || length > maxBytes)
        {
            throw new ProtocolException($"message length {length} is out of range: 1 … {maxBytes} bytes (a frame is a 4-byte little-endian length, then 'J' and UTF-8 JSON)");
        }
        var body = new byte[length];
        if (await ReadFullyAsync(stream, body, cancel).ConfigureAwait(false) < length)
        {
            throw new ProtocolException("the connection ended inside a message");
        }
        if (body[0] is not (Json or Binary))
        {
            throw new ProtocolException($"unknown message kind 0x{body[0]:X2}: expected 'J' (JSON)");
        }
        return (body[0], body[1..]);
    }

    /// <summary>Writes one JSON message.</summary>
    public static Task WriteJsonAsync(Stream stream, JsonNode json, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(json);
        return WriteAsync(stream, Json, Encoding.UTF8.GetBytes(json.ToJsonString()), cancel);
    }

    /// <summary>Writes one message of <paramref name="kind"/>.</summary>
    public static async Task WriteAsync(Stream stream, byte kind, ReadOnlyMemory<byte> body, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[5];
        BinaryPrimitives.WriteInt32LittleEndian(header, body.Length + 1);
        header[4] = kind;
        await stream.WriteAsync(header, cancel).ConfigureAwait(false);
        await stream.WriteAsync(body, cancel).ConfigureAwait(false);
    }

    private static async Task<int> ReadFullyAsync(Stream stream, byte[] buffer, CancellationToken cancel)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(total), cancel).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return total;
    }
}
