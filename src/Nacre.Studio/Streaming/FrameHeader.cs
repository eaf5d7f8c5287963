using System.Buffers.Binary;

namespace Nacre.Studio.Streaming;

/// <summary>
/// The fixed 80-byte header in front of every streamed JPEG (one binary WebSocket message: header then JPEG).
/// Little-endian. Layout, byte offsets:
/// 0 magic "NCF1" · 4 u16 header length (80) · 6 u16 width · 8 u16 height · 10 u16 frames dropped since the last
/// sent · 12 u32 frame number · 16 i64 simulation tick · 24 u32 last input sequence applied · 28–44 u32 server
/// timings in µs: simulate, render, read back, encode, send (of the previous frame) · 48 f32 x, y, z (eye, metres)
/// · 60 f32 yaw, 64 f32 pitch (radians) · 68 f32 time of day (hours) · 72 u16 weather (WeatherKind) · 74 u16
/// reserved · 76 u32 triangles drawn.
/// </summary>
public readonly record struct FrameHeader(
    int Width,
    int Height,
    int DroppedSinceLast,
    uint FrameNumber,
    long Tick,
    uint LastInputSequence,
    uint SimulateMicros,
    uint RenderMicros,
    uint ReadbackMicros,
    uint EncodeMicros,
    uint SendMicros,
    float X,
    float Y,
    float Z,
    float Yaw,
    float Pitch,
    float TimeOfDayHours,
    int Weather,
    uint Triangles)
{
    public const int Size = 80;

    /// <summary>"NCF1" read as a little-endian u32.</summary>
    public const uint Magic = 0x3146434E;

    public void Write(Span<byte> b)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(b.Length, Size);
        BinaryPrimitives.WriteUInt32LittleEndian(b, Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(b[4..], Size);
        BinaryPrimitives.WriteUInt16LittleEndian(b[6..], (ushort)Width);
        BinaryPrimitives.WriteUInt16LittleEndian(b[8..], (ushort)Height);
        BinaryPrimitives.WriteUInt16LittleEndian(b[10..], (ushort)Math.Min(DroppedSinceLast, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(b[12..], FrameNumber);
        BinaryPrimitives.WriteInt64LittleEndian(b[16..], Tick);
        BinaryPrimitives.WriteUInt32LittleEndian(b[24..], LastInputSequence);
        BinaryPrimitives.WriteUInt32LittleEndian(b[28..], SimulateMicros);
        BinaryPrimitives.WriteUInt32LittleEndian(b[32..], RenderMicros);
        BinaryPrimitives.WriteUInt32LittleEndian(b[36..], ReadbackMicros);
        BinaryPrimitives.WriteUInt32LittleEndian(b[40..], EncodeMicros);
        BinaryPrimitives.WriteUInt32LittleEndian(b[44..], SendMicros);
        BinaryPrimitives.WriteSingleLittleEndian(b[48..], X);
        BinaryPrimitives.WriteSingleLittleEndian(b[52..], Y);
        BinaryPrimitives.WriteSingleLittleEndian(b[56..], Z);
        BinaryPrimitives.WriteSingleLittleEndian(b[60..], Yaw);
        BinaryPrimitives.WriteSingleLittleEndian(b[64..], Pitch);
        BinaryPrimitives.WriteSingleLittleEndian(b[68..], TimeOfDayHours);
        BinaryPrimitives.WriteUInt16LittleEndian(b[72..], (ushort)Weather);
        BinaryPrimitives.WriteUInt16LittleEndian(b[74..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(b[76..], Triangles);
    }

    /// <summary>Reads a header (benchmark client, tests); throws <see cref="FormatException"/> when it is not one.</summary>
    public static FrameHeader Read(ReadOnlySpan<byte> b)
    {
        if (b.Length < Size || BinaryPrimitives.ReadUInt32LittleEndian(b) != Magic || BinaryPrimitives.ReadUInt16LittleEndian(b[4..]) < Size)
        {
            throw new FormatException("not a Nacre frame: expected an 80-byte header starting with NCF1");
        }
        return new FrameHeader(
            BinaryPrimitives.ReadUInt16LittleEndian(b[6..]),
            BinaryPrimitives.ReadUInt16LittleEndian(b[8..]),
            BinaryPrimitives.ReadUInt16LittleEndian(b[10..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[12..]),
            BinaryPrimitives.ReadInt64LittleEndian(b[16..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[24..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[28..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[32..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[36..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[40..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[44..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[48..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[52..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[56..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[60..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[64..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[68..]),
            BinaryPrimitives.ReadUInt16LittleEndian(b[72..]),
            BinaryPrimitives.ReadUInt32LittleEndian(b[76..]));
    }
}
