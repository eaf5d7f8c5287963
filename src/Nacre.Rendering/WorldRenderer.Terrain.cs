using System.Numerics;
using Nacre.Rendering.Gl;
using Nacre.Rendering.Terrain;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Terrain and water passes.
public sealed partial class WorldRenderer
{
    private readonly List<GpuChunk> _visible = [];
    private Comparison<GpuChunk>? _nearestFirst;
    private Vector3 _sortEye;

    private int TerrainLodFor(GpuChunk c, Vector3 eye) => TerrainLodFor(c.Coord, eye);

    /// <summary>Level of detail of a chunk, by the distance from the eye to its centre.</summary>
    private int TerrainLodFor(Nacre.Core.ChunkCoord c, Vector3 eye)
    {
        float cx = c.MinX + 16f - eye.X, cz = c.MinZ + 16f - eye.Z;
        float d = MathF.Sqrt((cx * cx) + (cz * cz));
        float[] rings = _options.TerrainLodDistances;
        for (int i = 0; i < rings.Length && i < ChunkMesh.LodCount - 1; i++)
        {
            if (d < rings[i])
            {
                return i;
            }
        }
        return Math.Min(rings.Length, ChunkMesh.LodCount - 1);
    }

    private float FadeFor(GpuChunk c, double seconds)
    {
        double age = seconds - c.ArrivalSeconds;
        return age < 0 || _options.FadeInSeconds <= 0f ? 1f : (float)Math.Clamp(age / _options.FadeInSeconds, 0.0, 1.0);
    }

    private unsafe void DrawTerrain(in ViewCamera camera, double seconds, ref FrameCounters stats)
    {
        _visible.Clear();
        foreach (GpuChunk c in _chunks.Values)
        {
            if (camera.Intersects(c.Min, c.Max))
            {
                _visible.Add(c);
            }
        }
        // Front to back: llvmpipe's early depth test then skips shading hidden pixels.
        Vector3 eye = camera.Eye;
        _sortEye = eye;
        _nearestFirst ??= (a, b) => DistanceSquared(a, _sortEye).CompareTo(DistanceSquared(b, _sortEye));
        _visible.Sort(_nearestFirst);

        _gl.Disable(EnableCap.CullFace); // skirts are seen from both sides
        ShaderProgram program = _terrainProgram.Get(_labelsPass);
        program.Use();
        int fadeUniform = program.Uniform("uFade");
        float lastFade = -1f;
        Span<uint> counts = stackalloc uint[5];
        Span<nint> offsets = stackalloc nint[5];
        foreach (GpuChunk c in _visible)
        {
            float fade = FadeFor(c, seconds);
            if (fade != lastFade)
            {
                _gl.Uniform1(fadeUniform, fade);
                lastFade = fade;
            }
            int lod = TerrainLodFor(c, eye);
            TerrainLevel level = c.TerrainLods[lod];
            int ranges = 0;
            AddRange(level.Grid, counts, offsets, ref ranges);
            Nacre.Core.ChunkCoord k = c.Coord;
            if (TerrainLodFor(k with { Z = k.Z - 1 }, eye) != lod)
            {
                AddRange(level.North, counts, offsets, ref ranges);
            }
            if (TerrainLodFor(k with { X = k.X + 1 }, eye) != lod)
            {
                AddRange(level.East, counts, offsets, ref ranges);
            }
            if (TerrainLodFor(k with { Z = k.Z + 1 }, eye) != lod)
            {
                AddRange(level.South, counts, offsets, ref ranges);
            }
            if (TerrainLodFor(k with { X = k.X - 1 }, eye) != lod)
            {
                AddRange(level.West, counts, offsets, ref ranges);
            }
            _gl.BindVertexArray(c.TerrainVao);
            fixed (uint* pc = counts)
            fixed (nint* po = offsets)
            {
                _gl.MultiDrawElements(PrimitiveType.Triangles, pc, DrawElementsType.UnsignedShort, (void**)po, (uint)ranges);
            }
            for (int i = 0; i < ranges; i++)
            {
                stats.TerrainTriangles += counts[i] / 3;
            }
            stats.DrawCalls++;
            stats.ChunksDrawn++;
        }
    }

    private unsafe void DrawWater(in ViewCamera camera, double seconds, ref FrameCounters stats)
    {
        Vector3 eye = camera.Eye;
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        _gl.DepthMask(false);
        ShaderProgram program = _waterProgram.Get(_labelsPass);
        program.Use();
        int fadeUniform = program.Uniform("uFade");
        float lastFade = -1f;
        foreach (GpuChunk c in _visible)
        {
            if (!c.HasWater)
            {
                continue;
            }
            (int first, int count) = c.WaterLods[TerrainLodFor(c, eye)];
            if (count == 0)
            {
                continue;
            }
            float fade = FadeFor(c, seconds);
            if (fade != lastFade)
            {
                _gl.Uniform1(fadeUniform, fade);
                lastFade = fade;
            }
            _gl.BindVertexArray(c.WaterVao);
            _gl.DrawElements(PrimitiveType.Triangles, (uint)count, DrawElementsType.UnsignedShort, (void*)(first * sizeof(ushort)));
            stats.WaterTriangles += count / 3;
            stats.DrawCalls++;
        }
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.Blend);
    }

    private static void AddRange((int First, int Count) range, Span<uint> counts, Span<nint> offsets, ref int n)
    {
        counts[n] = (uint)range.Count;
        offsets[n] = range.First * sizeof(ushort);
        n++;
    }

    private static float DistanceSquared(GpuChunk c, Vector3 eye)
    {
        float dx = c.Coord.MinX + 16f - eye.X, dz = c.Coord.MinZ + 16f - eye.Z;
        return (dx * dx) + (dz * dz);
    }
}
