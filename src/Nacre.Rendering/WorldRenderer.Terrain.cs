using System.Numerics;
using Nacre.Rendering.Terrain;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Terrain, water and sky passes.
public sealed partial class WorldRenderer
{
    private readonly List<GpuChunk> _visible = [];

    private int TerrainLodFor(GpuChunk c, Vector3 eye)
    {
        float cx = c.Coord.MinX + 16f - eye.X, cz = c.Coord.MinZ + 16f - eye.Z;
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
        _visible.Sort((a, b) => DistanceSquared(a, eye).CompareTo(DistanceSquared(b, eye)));

        _gl.Disable(EnableCap.CullFace); // skirts are seen from both sides
        _terrainProgram.Use();
        float lastFade = -1f;
        foreach (GpuChunk c in _visible)
        {
            float fade = FadeFor(c, seconds);
            if (fade != lastFade)
            {
                _gl.Uniform1(_terrainFade, fade);
                lastFade = fade;
            }
            (int first, int count) = c.TerrainLods[TerrainLodFor(c, eye)];
            _gl.BindVertexArray(c.TerrainVao);
            _gl.DrawElements(PrimitiveType.Triangles, (uint)count, DrawElementsType.UnsignedShort, (void*)(first * sizeof(ushort)));
            stats.Triangles += count / 3;
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
        _waterProgram.Use();
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
                _gl.Uniform1(_waterFade, fade);
                lastFade = fade;
            }
            _gl.BindVertexArray(c.WaterVao);
            _gl.DrawElements(PrimitiveType.Triangles, (uint)count, DrawElementsType.UnsignedShort, (void*)(first * sizeof(ushort)));
            stats.Triangles += count / 3;
            stats.DrawCalls++;
        }
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.Blend);
    }

    private void DrawSky(ref FrameCounters stats)
    {
        // Drawn after the opaque world so the depth test skips every covered pixel.
        _gl.DepthMask(false);
        _skyProgram.Use();
        _gl.BindVertexArray(_emptyVao);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        _gl.DepthMask(true);
        stats.Triangles += 1;
        stats.DrawCalls++;
    }

    private static float DistanceSquared(GpuChunk c, Vector3 eye)
    {
        float dx = c.Coord.MinX + 16f - eye.X, dz = c.Coord.MinZ + 16f - eye.Z;
        return (dx * dx) + (dz * dz);
    }
}
