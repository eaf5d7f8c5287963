using System.Numerics;
using Nacre.Core;
using Nacre.Rendering.Terrain;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Chunk residency: take finished meshes from the streamer, upload a bounded number a frame, evict what fell out of
// range, and tell the streamer what is wanted next, nearest first.
public sealed partial class WorldRenderer
{
    private readonly Dictionary<ChunkCoord, GpuChunk> _chunks = [];
    private readonly (int Dx, int Dz, float Distance)[] _ringOffsets;
    private readonly List<ChunkCoord> _wanted = [];
    private readonly List<ChunkCoord> _evict = [];

    /// <summary>Chunk offsets within the view distance (plus one chunk), sorted nearest first.</summary>
    private static (int, int, float)[] BuildRingOffsets(float viewDistance)
    {
        int r = (int)MathF.Ceiling(viewDistance / ChunkCoord.Size) + 1;
        var list = new List<(int, int, float)>();
        for (int dz = -r; dz <= r; dz++)
        {
            for (int dx = -r; dx <= r; dx++)
            {
                // Distance from a point in the centre chunk to the nearest point of the offset chunk (conservative).
                float ex = MathF.Max(MathF.Abs(dx) - 1, 0) * ChunkCoord.Size;
                float ez = MathF.Max(MathF.Abs(dz) - 1, 0) * ChunkCoord.Size;
                float d = MathF.Sqrt((ex * ex) + (ez * ez));
                if (d <= viewDistance)
                {
                    list.Add((dx, dz, d));
                }
            }
        }
        list.Sort((a, b) => a.Item3 != b.Item3 ? a.Item3.CompareTo(b.Item3) : ((a.Item1 * 1000) + a.Item2).CompareTo((b.Item1 * 1000) + b.Item2));
        return [.. list];
    }

    private int PumpStreaming(in ViewCamera camera, double seconds, ref FrameCounters stats)
    {
        float x = camera.Eye.X, z = camera.Eye.Z;
        float keep = _options.ViewDistance + (2 * ChunkCoord.Size);
        int uploaded = 0;
        while (uploaded < _options.MaxUploadsPerFrame && _streamer.TryTake(out ChunkMesh mesh))
        {
            if (_chunks.ContainsKey(mesh.Coord) || DistanceToChunk(mesh.Coord, x, z) > keep)
            {
                continue;
            }
            Upload(mesh, seconds);
            uploaded++;
        }

        _evict.Clear();
        foreach (GpuChunk c in _chunks.Values)
        {
            if (DistanceToChunk(c.Coord, x, z) > keep)
            {
                _evict.Add(c.Coord);
            }
        }
        foreach (ChunkCoord c in _evict)
        {
            DeleteChunk(_chunks[c]);
            _chunks.Remove(c);
        }

        ChunkCoord centre = ChunkCoord.FromWorld(x, z);
        _wanted.Clear();
        int missingNear = 0;
        foreach ((int dx, int dz, float _) in _ringOffsets)
        {
            var c = new ChunkCoord(centre.X + dx, centre.Z + dz);
            if (_chunks.ContainsKey(c))
            {
                continue;
            }
            float d = DistanceToChunk(c, x, z);
            if (d > _options.ViewDistance)
            {
                continue;
            }
            if (d <= _options.NearRadius)
            {
                missingNear++;
            }
            _wanted.Add(c);
        }
        _streamer.SetWanted(_wanted);
        stats.MissingNear = missingNear;
        stats.Pending = _wanted.Count;
        return uploaded;
    }

    private unsafe void Upload(ChunkMesh mesh, double seconds)
    {
        if (_chunks.ContainsKey(mesh.Coord))
        {
            return;
        }
        (uint vao, uint vbo, uint ebo) = UploadMesh(mesh.Vertices, mesh.Indices);
        (uint wvao, uint wvbo, uint webo) = mesh.WaterIndices.Length > 0 ? UploadMesh(mesh.WaterVertices, mesh.WaterIndices) : (0u, 0u, 0u);
        _chunks[mesh.Coord] = new GpuChunk
        {
            Coord = mesh.Coord,
            TerrainVao = vao,
            TerrainVbo = vbo,
            TerrainEbo = ebo,
            WaterVao = wvao,
            WaterVbo = wvbo,
            WaterEbo = webo,
            TerrainLods = mesh.TerrainLods,
            WaterLods = mesh.WaterLods,
            Min = new Vector3(mesh.Coord.MinX, mesh.MinY, mesh.Coord.MinZ),
            Max = new Vector3(mesh.Coord.MinX + ChunkCoord.Size, mesh.MaxY, mesh.Coord.MinZ + ChunkCoord.Size),
            Objects = mesh.Objects,
            Effects = mesh.Effects,
            ArrivalSeconds = seconds,
        };
        NoteChunkChanged(mesh.Coord);
    }

    private unsafe (uint Vao, uint Vbo, uint Ebo) UploadMesh(TerrainVertex[] vertices, ushort[] indices)
    {
        uint vao = _gl.GenVertexArray();
        _gl.BindVertexArray(vao);
        uint vbo = _gl.GenBuffer();
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, vbo);
        _gl.BufferData<TerrainVertex>(BufferTargetARB.ArrayBuffer, vertices, BufferUsageARB.StaticDraw);
        uint ebo = _gl.GenBuffer();
        _gl.BindBuffer(BufferTargetARB.ElementArrayBuffer, ebo);
        _gl.BufferData<ushort>(BufferTargetARB.ElementArrayBuffer, indices, BufferUsageARB.StaticDraw);
        _gl.EnableVertexAttribArray(0);
        _gl.VertexAttribPointer(0, 3, VertexAttribPointerType.Float, false, TerrainVertex.SizeInBytes, (void*)0);
        _gl.EnableVertexAttribArray(1);
        _gl.VertexAttribPointer(1, 4, VertexAttribPointerType.UnsignedByte, true, TerrainVertex.SizeInBytes, (void*)12);
        _gl.EnableVertexAttribArray(2);
        _gl.VertexAttribIPointer(2, 1, VertexAttribIType.UnsignedInt, TerrainVertex.SizeInBytes, (void*)16);
        _gl.EnableVertexAttribArray(3);
        _gl.VertexAttribPointer(3, 3, VertexAttribPointerType.Byte, true, TerrainVertex.SizeInBytes, (void*)20);
        _gl.BindVertexArray(0);
        return (vao, vbo, ebo);
    }

    private void DeleteChunk(GpuChunk c)
    {
        NoteChunkChanged(c.Coord);
        _gl.DeleteVertexArray(c.TerrainVao);
        _gl.DeleteBuffer(c.TerrainVbo);
        _gl.DeleteBuffer(c.TerrainEbo);
        if (c.HasWater)
        {
            _gl.DeleteVertexArray(c.WaterVao);
            _gl.DeleteBuffer(c.WaterVbo);
            _gl.DeleteBuffer(c.WaterEbo);
        }
    }
}
