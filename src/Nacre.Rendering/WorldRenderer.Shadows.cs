using System.Numerics;
using Nacre.Core;
using Nacre.Rendering.Gl;
using Nacre.Rendering.Models;
using Nacre.Rendering.Terrain;
using Nacre.Simulation;
using Nacre.WorldGen;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Sun (or moon) shadows: one orthographic depth map over a square ahead of the camera. It is re-rendered only when
// what it shows changes — the square moved to another grid cell, the light turned, chunks arrived inside it, or
// moving objects are present — so a still camera pays for it once.
public sealed partial class WorldRenderer
{
    /// <summary>The shadow square's centre snaps to this grid (metres), so it moves in steps instead of shimmering.</summary>
    private const float ShadowSnap = 8f;

    /// <summary>Depth range of the light's view, metres either side of the square's centre.</summary>
    private const float ShadowDepthRange = 300f;

    /// <summary>Casters nearer than this (metres) use the medium model; farther ones the far silhouette.</summary>
    private const float NearShadowDetail = 35f;

    private List<ModelInstance>[] _shadowBuckets = [];
    private ShaderProgram? _shadowObjectProgram;
    private uint _shadowFbo;
    private uint _shadowTexture;
    private uint _shadowInstanceVbo;
    private uint _shadowVao;
    private Matrix4x4 _shadowMatrix = Matrix4x4.Identity;
    private bool _shadowValid;
    private (Vector2 Centre, Vector3 Light, int Serial) _shadowKey;
    private int _shadowSerial;

    private bool ShadowsEnabled => _options.ShadowMapSize > 0;

    private unsafe void CreateShadowResources()
    {
        if (!ShadowsEnabled)
        {
            return;
        }
        _shadowObjectProgram = new ShaderProgram(_gl, "object.vert", null);
        _shadowObjectProgram.Use();
        _gl.Uniform1(_shadowObjectProgram.Uniform("uShadowPass"), 1);
        _shadowBuckets = new List<ModelInstance>[_buckets.Length];
        for (int i = 0; i < _shadowBuckets.Length; i++)
        {
            _shadowBuckets[i] = [];
        }
        _shadowTexture = _gl.GenTexture();
        _gl.BindTexture(TextureTarget.Texture2D, _shadowTexture);
        uint size = (uint)_options.ShadowMapSize;
        _gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.DepthComponent24, size, size, 0, PixelFormat.DepthComponent, PixelType.UnsignedInt, null);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureCompareMode, (int)TextureCompareMode.CompareRefToTexture);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureCompareFunc, (int)DepthFunction.Lequal);
        _shadowFbo = _gl.GenFramebuffer();
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _shadowFbo);
        _gl.FramebufferTexture2D(FramebufferTarget.Framebuffer, FramebufferAttachment.DepthAttachment, TextureTarget.Texture2D, _shadowTexture, 0);
        _gl.DrawBuffer(DrawBufferMode.None);
        _gl.ReadBuffer(ReadBufferMode.None);
        GLEnum status = _gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
        {
            throw new GraphicsUnavailableException($"the shadow framebuffer is incomplete ({status})");
        }
        _shadowInstanceVbo = _gl.GenBuffer();
        _shadowVao = CreateModelVao(_shadowInstanceVbo);
    }

    private void DeleteShadowResources()
    {
        if (!ShadowsEnabled)
        {
            return;
        }
        _shadowObjectProgram?.Dispose();
        _gl.DeleteFramebuffer(_shadowFbo);
        _gl.DeleteTexture(_shadowTexture);
        _gl.DeleteBuffer(_shadowInstanceVbo);
        _gl.DeleteVertexArray(_shadowVao);
    }

    private void BindShadowMap()
    {
        if (ShadowsEnabled)
        {
            _gl.ActiveTexture(TextureUnit.Texture0 + ShaderProgram.ShadowMapUnit);
            _gl.BindTexture(TextureTarget.Texture2D, _shadowTexture);
            _gl.ActiveTexture(TextureUnit.Texture0);
        }
    }

    /// <summary>Marks the shadow map stale when a chunk arrives or leaves inside the shadowed square.</summary>
    private void NoteChunkChanged(ChunkCoord c)
    {
        Vector2 centre = _shadowKey.Centre;
        float r = _options.ShadowRadius + ChunkCoord.Size;
        if (MathF.Abs(c.MinX + 16f - centre.X) <= r && MathF.Abs(c.MinZ + 16f - centre.Y) <= r)
        {
            _shadowSerial++;
        }
    }

    private unsafe bool UpdateShadowMap(in ViewCamera camera, in Atmosphere atmosphere, FrameSnapshot snapshot, ref FrameCounters stats)
    {
        if (!ShadowsEnabled || atmosphere.LightDirection.Y < 0.03f || atmosphere.ShadowStrength < 0.05f)
        {
            _shadowValid = false;
            return false;
        }
        float r = _options.ShadowRadius;
        Vector3 flatForward = new(camera.Forward.X, 0, camera.Forward.Z);
        flatForward = flatForward.LengthSquared() > 1e-4f ? Vector3.Normalize(flatForward) : Vector3.Zero;
        Vector3 ahead = camera.Eye + (flatForward * (r * 0.55f));
        var centre = new Vector2(MathF.Round(ahead.X / ShadowSnap) * ShadowSnap, MathF.Round(ahead.Z / ShadowSnap) * ShadowSnap);
        Vector3 light = atmosphere.LightDirection;
        Vector3 lightKey = new(MathF.Round(light.X * 400f), MathF.Round(light.Y * 400f), MathF.Round(light.Z * 400f));
        bool moving = snapshot.ExtraObjects.Count > 0 || snapshot.Avatar is not null;
        var key = (centre, lightKey, _shadowSerial);
        if (_shadowValid && key == _shadowKey && !moving)
        {
            return false;
        }
        _shadowKey = key;

        float groundY = camera.Eye.Y - 2f;
        var target = new Vector3(centre.X, groundY, centre.Y);
        Vector3 lightDir = Vector3.Normalize(new Vector3(lightKey.X, lightKey.Y, lightKey.Z));
        Vector3 up = MathF.Abs(lightDir.Y) > 0.99f ? Vector3.UnitZ : Vector3.UnitY;
        Matrix4x4 view = Matrix4x4.CreateLookAt(target + (lightDir * ShadowDepthRange), target, up);
        // System.Numerics' orthographic projection maps depth to [0, 1] in clip space; GL stores z·0.5 + 0.5.
        Matrix4x4 proj = Matrix4x4.CreateOrthographic(2 * r, 2 * r, 1f, 2 * ShadowDepthRange);
        Matrix4x4 lightViewProj = view * proj;
        Matrix4x4 bias = Matrix4x4.CreateScale(0.5f) * Matrix4x4.CreateTranslation(0.5f, 0.5f, 0.5f);
        _shadowMatrix = lightViewProj * bias * Matrix4x4.CreateTranslation(0, 0, -0.0004f);

        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _shadowFbo);
        _gl.Viewport(0, 0, (uint)_options.ShadowMapSize, (uint)_options.ShadowMapSize);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthFunc(DepthFunction.Lequal);
        _gl.DepthMask(true);
        _gl.ClearDepth(1.0);
        _gl.Clear(ClearBufferMask.DepthBufferBit);
        _gl.Enable(EnableCap.PolygonOffsetFill);
        _gl.PolygonOffset(1.5f, 3f);
        _gl.Disable(EnableCap.CullFace);
        _gl.BindBufferBase(BufferTargetARB.UniformBuffer, ShaderProgram.FrameBlockBinding, _frameUbo);

        // Only models cast: terrain drawn into the map at a coarser level than on screen shadows itself in stripes
        // (the coarse surface lies above the fine one in places), and hill shading already comes from the normals.
        GatherShadowCasters(centre, r, snapshot, camera.Eye);
        _shadowObjectProgram!.Use();
        _gl.UniformMatrix4(_shadowObjectProgram.Uniform("uLightViewProj"), 1, false, (float*)&lightViewProj);
        int drawCalls = 0, instances = 0;
        DrawInstanced(_shadowBuckets, _shadowInstanceVbo, _shadowVao, ref stats.ShadowTriangles, ref drawCalls, ref instances);
        _gl.Disable(EnableCap.PolygonOffsetFill);
        _shadowValid = true;
        return true;
    }

    /// <summary>Objects whose base lies in the shadow square (with a margin for long shadows): the medium level near the eye, the far silhouette beyond.</summary>
    private void GatherShadowCasters(Vector2 centre, float r, FrameSnapshot snapshot, Vector3 eye)
    {
        foreach (List<ModelInstance> b in _shadowBuckets)
        {
            b.Clear();
        }
        float reach = r + 12f;
        IReadOnlySet<ulong> hidden = snapshot.HiddenObjectIds;
        foreach (GpuChunk c in _chunks.Values)
        {
            if (c.Objects.Count == 0 || MathF.Abs(c.Coord.MinX + 16f - centre.X) > reach + 16f || MathF.Abs(c.Coord.MinZ + 16f - centre.Y) > reach + 16f)
            {
                continue;
            }
            foreach (PlacedObject o in c.Objects)
            {
                if (MathF.Abs(o.Position.X - centre.X) <= reach && MathF.Abs(o.Position.Z - centre.Y) <= reach && !(hidden.Count > 0 && hidden.Contains(o.Id)))
                {
                    AddShadowCaster(o, Vector3.DistanceSquared(o.Position, eye) < NearShadowDetail * NearShadowDetail ? 1 : 2);
                }
            }
        }
        foreach (PlacedObject o in snapshot.ExtraObjects)
        {
            AddShadowCaster(o, 1);
        }
        if (snapshot.Avatar is PlacedObject avatar)
        {
            AddShadowCaster(avatar, 1);
        }
    }

    private void AddShadowCaster(in PlacedObject o, int lod)
    {
        ModelShape shape = _models.For(o.Label, o.Variant);
        if (!shape.CastsShadow)
        {
            return;
        }
        _shadowBuckets[(shape.Slot * ModelShape.LodCount) + lod].Add(MakeInstance(shape, o, InstanceScale(shape, o), 0));
    }
}
