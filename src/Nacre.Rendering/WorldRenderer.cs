using System.Diagnostics;
using System.Numerics;
using Nacre.Core;
using Nacre.Rendering.Gl;
using Nacre.Rendering.Terrain;
using Nacre.Simulation;
using Nacre.WorldGen;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

/// <summary>
/// Draws Nacre's worlds offscreen with OpenGL 3.3 core: streamed terrain with LOD rings, water, instanced low-poly
/// models, sky, sun shadows, fog and weather, into an RGBA8 image plus (on request) depth in metres and per-pixel
/// semantic labels and instance ids. In the <see cref="RenderQuality.Final"/> tier the scene is lit per pixel, drawn
/// supersampled and post-processed (<c>WorldRenderer.Final.cs</c>); the labels, instance ids and depth are the scene's,
/// which post-processing never touches. It only reads: a <see cref="FrameSnapshot"/> in, a <see cref="RenderedFrame"/>
/// out. Chunks stream from the generator on background threads; <see cref="Render"/> never waits for them.
/// Not thread-safe: one caller at a time (any thread, when <see cref="RendererOptions.ReleaseContextAfterFrame"/>).
/// </summary>
public sealed partial class WorldRenderer : IDisposable
{
    private readonly IGlContext _context;
    private readonly bool _ownsContext;
    private readonly GL _gl;
    private readonly RendererOptions _options;
    private readonly ChunkStreamer _streamer;
    private readonly RenderedFrame _frame;
    private readonly uint[] _labelScratch;
    private readonly int _sceneWidth;
    private readonly int _sceneHeight;
    private readonly ShaderPair _terrainProgram;
    private readonly ShaderPair _waterProgram;
    private readonly ShaderPair _skyProgram;
    private readonly uint _emptyVao;
    private readonly uint _frameUbo;
    private uint _fbo;
    private uint _colorRb;
    private uint _labelRb;
    private uint _depthRb;
    private FrameUniforms _uniforms;
    private bool _labelsPass;
    private bool _disposed;

    /// <summary>
    /// A renderer on a context someone else made. <paramref name="chunkSource"/> must be a pure, thread-safe function
    /// (e.g. <c>WorldGenerator.Generate</c>): it is called on background threads.
    /// </summary>
    public WorldRenderer(IGlContext context, Func<ChunkCoord, ChunkData> chunkSource, int width, int height, RendererOptions? options = null)
        : this(context, ownsContext: false, chunkSource, width, height, options)
    {
    }

    /// <summary>A renderer of a generated world on a context someone else made.</summary>
    public WorldRenderer(IGlContext context, WorldGenerator world, int width, int height, RendererOptions? options = null)
        : this(context, ownsContext: false, (world ?? throw new ArgumentNullException(nameof(world))).Generate, width, height, options)
    {
    }

    private WorldRenderer(IGlContext context, bool ownsContext, Func<ChunkCoord, ChunkData> chunkSource, int width, int height, RendererOptions? options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(chunkSource);
        if (width is < 16 or > 8192 || height is < 16 or > 8192)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"image size {width}×{height} is out of range: 16 … 8192 pixels a side");
        }
        _context = context;
        _ownsContext = ownsContext;
        _options = options ?? RendererOptions.Default;
        Width = width;
        Height = height;
        _frame = new RenderedFrame(width, height);
        float supersample = IsFinal ? Math.Clamp(_options.Supersample, 1f, 2f) : 1f;
        _sceneWidth = Math.Min((int)MathF.Round(width * supersample), 8192);
        _sceneHeight = Math.Min((int)MathF.Round(height * supersample), 8192);
        _labelScratch = new uint[_sceneWidth * _sceneHeight * 4];

        _context.MakeCurrent();
        try
        {
            _gl = GL.GetApi(_context.GetProcAddress);
            GraphicsDescription = $"{_gl.GetStringS(StringName.Renderer)}; OpenGL {_gl.GetStringS(StringName.Version)}; {_context.Description}";
            _terrainProgram = new ShaderPair(_gl, "terrain.vert", "terrain.frag", TierDefines);
            _waterProgram = new ShaderPair(_gl, "water.vert", "water.frag");
            _skyProgram = new ShaderPair(_gl, "sky.vert", "sky.frag");
            _emptyVao = _gl.GenVertexArray();
            _frameUbo = _gl.GenBuffer();
            _gl.BindBuffer(BufferTargetARB.UniformBuffer, _frameUbo);
            unsafe
            {
                _gl.BufferData(BufferTargetARB.UniformBuffer, (nuint)sizeof(FrameUniforms), null, BufferUsageARB.DynamicDraw);
            }
            CreateFramebuffer();
            CreateSkyResources();
            CreateObjectResources();
            CreateShadowResources();
            CreateWeatherResources();
            CreateEffectResources();
            if (IsFinal)
            {
                CreatePostResources();
            }
        }
        finally
        {
            if (_options.ReleaseContextAfterFrame)
            {
                _context.ReleaseCurrent();
            }
        }
        _streamer = new ChunkStreamer(chunkSource, _options.WorkerThreads);
        _ringOffsets = BuildRingOffsets(_options.ViewDistance);
    }

    /// <summary>A renderer on its own headless EGL context (see <see cref="GlContextFactory"/>), which it disposes.</summary>
    /// <exception cref="GraphicsUnavailableException">No OpenGL: the message says what to install.</exception>
    public static WorldRenderer CreateHeadless(Func<ChunkCoord, ChunkData> chunkSource, int width, int height, RendererOptions? options = null)
    {
        IGlContext context = GlContextFactory.CreateHeadless();
        try
        {
            return new WorldRenderer(context, ownsContext: true, chunkSource, width, height, options);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>A renderer of a generated world on its own headless EGL context.</summary>
    /// <exception cref="GraphicsUnavailableException">No OpenGL: the message says what to install.</exception>
    public static WorldRenderer CreateHeadless(WorldGenerator world, int width, int height, RendererOptions? options = null) =>
        CreateHeadless((world ?? throw new ArgumentNullException(nameof(world))).Generate, width, height, options);

    public int Width { get; }

    public int Height { get; }

    /// <summary>The GL renderer, version and context, e.g. "llvmpipe (LLVM 15.0.6, 256 bits); OpenGL 4.5 …".</summary>
    public string GraphicsDescription { get; }

    public RendererOptions Options => _options;

    /// <summary>Chunks resident on the GPU.</summary>
    public int LoadedChunks => _chunks.Count;

    /// <summary>
    /// Draws one frame. Returns the renderer's own <see cref="RenderedFrame"/>, valid until the next call. Colour is
    /// always read back; depth and labels only when <paramref name="outputs"/> asks (they cost a second readback).
    /// </summary>
    public RenderedFrame Render(FrameSnapshot snapshot, FrameOutputs outputs = FrameOutputs.Color)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ObjectDisposedException.ThrowIf(_disposed, this);
        long start = Stopwatch.GetTimestamp();
        _context.MakeCurrent();
        try
        {
            return RenderCore(snapshot, outputs, start);
        }
        finally
        {
            if (_options.ReleaseContextAfterFrame)
            {
                _context.ReleaseCurrent();
            }
        }
    }

    /// <summary>
    /// Generates and uploads every chunk within <paramref name="radius"/> metres of (x, z) now, on this and the pool's
    /// threads, so the next frame there has no holes (for stills, and before a session's first frame).
    /// </summary>
    public void Prefetch(float x, float z, float radius)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ChunkCoord centre = ChunkCoord.FromWorld(x, z);
        int r = (int)MathF.Ceiling(radius / ChunkCoord.Size) + 1;
        var todo = new List<ChunkCoord>();
        for (int dz = -r; dz <= r; dz++)
        {
            for (int dx = -r; dx <= r; dx++)
            {
                var c = new ChunkCoord(centre.X + dx, centre.Z + dz);
                if (!_chunks.ContainsKey(c) && DistanceToChunk(c, x, z) <= radius)
                {
                    todo.Add(c);
                }
            }
        }
        var meshes = new ChunkMesh[todo.Count];
        Parallel.For(0, todo.Count, i => meshes[i] = _streamer.BuildNow(todo[i]));
        _context.MakeCurrent();
        try
        {
            foreach (ChunkMesh m in meshes)
            {
                Upload(m, double.NegativeInfinity);
            }
        }
        finally
        {
            if (_options.ReleaseContextAfterFrame)
            {
                _context.ReleaseCurrent();
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _streamer.Dispose();
        _context.MakeCurrent();
        foreach (GpuChunk c in _chunks.Values)
        {
            DeleteChunk(c);
        }
        _chunks.Clear();
        DeleteObjectResources();
        DeleteSkyResources();
        DeleteShadowResources();
        DeleteWeatherResources();
        DeleteEffectResources();
        DeletePostResources();
        _terrainProgram.Dispose();
        _waterProgram.Dispose();
        _skyProgram.Dispose();
        _gl.DeleteVertexArray(_emptyVao);
        _gl.DeleteBuffer(_frameUbo);
        _gl.DeleteFramebuffer(_fbo);
        _gl.DeleteRenderbuffer(_colorRb);
        _gl.DeleteRenderbuffer(_labelRb);
        _gl.DeleteRenderbuffer(_depthRb);
        _gl.DeleteTexture(_colorTexture);
        _gl.DeleteTexture(_depthTexture);
        _context.ReleaseCurrent();
        if (_ownsContext)
        {
            _context.Dispose();
        }
    }

    private RenderedFrame RenderCore(FrameSnapshot snapshot, FrameOutputs outputs, long start)
    {
        var camera = new ViewCamera(snapshot.Camera, snapshot.Lens, Width, Height, _options.ViewDistance * 1.05f);
        var stats = new FrameCounters();
        stats.Uploaded = PumpStreaming(camera, snapshot.Seconds, ref stats);

        float flash = snapshot.Weather == WeatherKind.Storm ? Lightning.Flash(snapshot.Tick, snapshot.WeatherIntensity) : 0f;
        Atmosphere atmosphere = Atmosphere.Compute(snapshot.TimeOfDayHours, snapshot.Weather, snapshot.WeatherIntensity, snapshot.SunAzimuth, snapshot.Tone, flash);
        GatherInstances(camera, snapshot);
        // The shadow pass sways the trees by this frame's time and wind, so the uniforms go up before it (not the last
        // frame's: a frame must not depend on the one drawn before it), and again after it with the new shadow matrix.
        SetFrameUniforms(camera, atmosphere, snapshot);
        bool shadowUpdated = UpdateShadowMap(camera, atmosphere, snapshot, ref stats);
        SetFrameUniforms(camera, atmosphere, snapshot);
        _gl.BindBufferBase(BufferTargetARB.UniformBuffer, ShaderProgram.FrameBlockBinding, _frameUbo);
        UpdateSkyLut(snapshot, flash);

        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _fbo);
        _gl.Viewport(0, 0, (uint)_sceneWidth, (uint)_sceneHeight);
        bool extras = outputs != FrameOutputs.Color;
        _labelsPass = extras;
        SetDrawBuffers(extras);
        _gl.ClearColor(0f, 0f, 0f, 1f);
        _gl.ClearDepth(1.0);
        _gl.Clear(ClearBufferMask.ColorBufferBit | ClearBufferMask.DepthBufferBit);
        if (extras)
        {
            ReadOnlySpan<uint> skyLabel = [(uint)SemanticLabel.Sky, 0u, 0x7F800000u, 0u];
            _gl.ClearBuffer(BufferKind.Color, 1, skyLabel);
        }
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthFunc(DepthFunction.Lequal);
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.Blend);
        _gl.FrontFace(FrontFaceDirection.CW); // the projection flips Y, which flips the winding
        BindShadowMap();
        BindSkyTextures();

        // Models first: near trees and buildings then hide the ground behind them from the (costly) pixel shading.
        DrawObjects(ref stats);
        DrawTerrain(camera, snapshot.Seconds, ref stats);
        DrawSky(ref stats);
        DrawWater(camera, snapshot.Seconds, ref stats);
        DrawEffects(camera, snapshot.Seconds, extras, ref stats);
        DrawWeather(atmosphere, extras, ref stats);
        if (IsFinal)
        {
            ApplyPost(snapshot, atmosphere);
        }

        long submitted = Stopwatch.GetTimestamp();
        ReadBack(outputs);
        long end = Stopwatch.GetTimestamp();

        _frame.Tick = snapshot.Tick;
        _frame.Outputs = outputs;
        _frame.Stats = new FrameStats
        {
            Triangles = stats.TerrainTriangles + stats.WaterTriangles + stats.ModelTriangles,
            TerrainTriangles = stats.TerrainTriangles,
            WaterTriangles = stats.WaterTriangles,
            ModelTriangles = stats.ModelTriangles,
            ShadowTriangles = stats.ShadowTriangles,
            DrawCalls = stats.DrawCalls,
            ChunksDrawn = stats.ChunksDrawn,
            ChunksMissingNear = stats.MissingNear,
            ChunksPending = stats.Pending,
            ChunksUploaded = stats.Uploaded,
            Instances = stats.Instances,
            SubmitMs = Stopwatch.GetElapsedTime(start, submitted).TotalMilliseconds,
            ReadbackMs = Stopwatch.GetElapsedTime(submitted, end).TotalMilliseconds,
            TotalMs = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds,
            ShadowMapUpdated = shadowUpdated,
        };
        return _frame;
    }

    private void SetFrameUniforms(in ViewCamera camera, in Atmosphere a, FrameSnapshot snapshot)
    {
        Matrix4x4.Invert(camera.ViewProjection, out Matrix4x4 inverse);
        float seconds = (float)(snapshot.Seconds % 100000.0);
        _uniforms.ViewProj = camera.ViewProjection;
        _uniforms.InvViewProj = inverse;
        _uniforms.Camera = new Vector4(camera.Eye, seconds);
        _uniforms.SunDir = new Vector4(a.SunDirection, a.Stars);
        _uniforms.LightDir = new Vector4(a.LightDirection, a.ShadowStrength);
        _uniforms.Direct = new Vector4(a.DirectColor, a.Exposure);
        _uniforms.Zenith = new Vector4(a.Zenith, a.FogDensity);
        _uniforms.Horizon = new Vector4(a.Horizon, _options.ViewDistance);
        _uniforms.SkyAmbient = new Vector4(a.SkyAmbient, a.Night);
        _uniforms.GroundAmbient = new Vector4(a.GroundAmbient, a.Wetness);
        _uniforms.SunGlow = new Vector4(a.SunGlow, a.CloudCover);
        _uniforms.MoonDir = new Vector4(a.MoonDirection, _shadowValid ? 1f : 0f);
        // Wind: the snapshot's breeze and gusts, stronger in rain and much stronger in a storm.
        float weatherWind = snapshot.Weather switch { WeatherKind.Storm => 2.6f, WeatherKind.Rain => 1.5f, WeatherKind.Snow => 1.3f, _ => 1f };
        float wind = Math.Clamp(snapshot.Wind, 0f, 8f) * (1f + ((weatherWind - 1f) * snapshot.WeatherIntensity));
        _uniforms.Params = new Vector4(a.Rain, a.Snow, _options.ShadowMapSize > 0 ? 1f / _options.ShadowMapSize : 0f, wind);
        _uniforms.ShadowMatrix = _shadowMatrix;
        _uniforms.Grade = new Vector4(a.Tint, a.Saturation);
        (float reach, float nearDensity) = a.SubjectClearing(snapshot.SubjectDistance);
        _uniforms.FogShape = new Vector4(reach, nearDensity, a.FogFalloff, a.CloudShade);
        _uniforms.SkyShape = new Vector4(a.HorizonBand, 0f, 0f, 0f);
        _gl.BindBuffer(BufferTargetARB.UniformBuffer, _frameUbo);
        unsafe
        {
            fixed (FrameUniforms* p = &_uniforms)
            {
                _gl.BufferSubData(BufferTargetARB.UniformBuffer, 0, (nuint)sizeof(FrameUniforms), p);
            }
        }
    }

    private void SetDrawBuffers(bool extras)
    {
        ReadOnlySpan<DrawBufferMode> both = [DrawBufferMode.ColorAttachment0, DrawBufferMode.ColorAttachment1];
        _gl.DrawBuffers(extras ? 2u : 1u, both);
    }

    private void CreateFramebuffer()
    {
        _fbo = _gl.GenFramebuffer();
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _fbo);
        _labelRb = CreateRenderbuffer(InternalFormat.Rgba32ui, FramebufferAttachment.ColorAttachment1);
        if (IsFinal)
        {
            // The final tier samples the scene's colour and depth in its post-processing.
            _colorTexture = CreateSceneTexture(InternalFormat.Rgba8, PixelFormat.Rgba, PixelType.UnsignedByte, FramebufferAttachment.ColorAttachment0);
            _depthTexture = CreateSceneTexture(InternalFormat.DepthComponent24, PixelFormat.DepthComponent, PixelType.UnsignedInt, FramebufferAttachment.DepthAttachment);
        }
        else
        {
            _colorRb = CreateRenderbuffer(InternalFormat.Rgba8, FramebufferAttachment.ColorAttachment0);
            _depthRb = CreateRenderbuffer(InternalFormat.DepthComponent24, FramebufferAttachment.DepthAttachment);
        }
        GLEnum status = _gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
        {
            throw new GraphicsUnavailableException($"the offscreen framebuffer is incomplete ({status}) on {GraphicsDescription}");
        }
    }

    private uint CreateRenderbuffer(InternalFormat format, FramebufferAttachment attachment)
    {
        uint rb = _gl.GenRenderbuffer();
        _gl.BindRenderbuffer(RenderbufferTarget.Renderbuffer, rb);
        _gl.RenderbufferStorage(RenderbufferTarget.Renderbuffer, format, (uint)_sceneWidth, (uint)_sceneHeight);
        _gl.FramebufferRenderbuffer(FramebufferTarget.Framebuffer, attachment, RenderbufferTarget.Renderbuffer, rb);
        return rb;
    }

    private unsafe void ReadBack(FrameOutputs outputs)
    {
        _gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, IsFinal ? _postOutput!.Framebuffer : _fbo);
        _gl.ReadBuffer(ReadBufferMode.ColorAttachment0);
        fixed (byte* p = _frame.Rgba)
        {
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }
        if (outputs == FrameOutputs.Color)
        {
            _frame.Depth = null;
            _frame.Labels = null;
            _frame.InstanceIds = null;
            return;
        }
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, _fbo);
        _gl.ReadBuffer(ReadBufferMode.ColorAttachment1);
        fixed (uint* p = _labelScratch)
        {
            _gl.ReadPixels(0, 0, (uint)_sceneWidth, (uint)_sceneHeight, PixelFormat.RgbaInteger, PixelType.UnsignedInt, p);
        }
        int n = Width * Height;
        if ((outputs & FrameOutputs.Depth) != 0)
        {
            float[] depth = _frame.Depth ??= new float[n];
            for (int i = 0; i < n; i++)
            {
                depth[i] = BitConverter.UInt32BitsToSingle(_labelScratch[SceneSample(i) + 2]);
            }
        }
        else
        {
            _frame.Depth = null;
        }
        if ((outputs & FrameOutputs.Labels) != 0)
        {
            SemanticLabel[] labels = _frame.Labels ??= new SemanticLabel[n];
            ulong[] ids = _frame.InstanceIds ??= new ulong[n];
            for (int i = 0; i < n; i++)
            {
                int sample = SceneSample(i);
                labels[i] = (SemanticLabel)_labelScratch[sample];
                uint index = _labelScratch[sample + 1];
                ids[i] = index < (uint)_instanceIds.Count ? _instanceIds[(int)index] : 0UL;
            }
        }
        else
        {
            _frame.Labels = null;
            _frame.InstanceIds = null;
        }
    }

    /// <summary>
    /// Index in <see cref="_labelScratch"/> of the scene sample that stands for output pixel <paramref name="pixel"/>: the
    /// same pixel in the live tier, the supersampled sample nearest the pixel's centre in the final tier.
    /// </summary>
    private int SceneSample(int pixel)
    {
        if (_sceneWidth == Width && _sceneHeight == Height)
        {
            return pixel * 4;
        }
        int y = pixel / Width, x = pixel - (y * Width);
        int sx = Math.Min((int)((x + 0.5f) * _sceneWidth / Width), _sceneWidth - 1);
        int sy = Math.Min((int)((y + 0.5f) * _sceneHeight / Height), _sceneHeight - 1);
        return ((sy * _sceneWidth) + sx) * 4;
    }

    private static float DistanceToChunk(ChunkCoord c, float x, float z)
    {
        float dx = MathF.Max(MathF.Max(c.MinX - x, 0f), x - (c.MinX + ChunkCoord.Size));
        float dz = MathF.Max(MathF.Max(c.MinZ - z, 0f), z - (c.MinZ + ChunkCoord.Size));
        return MathF.Sqrt((dx * dx) + (dz * dz));
    }

    /// <summary>Per-frame counters, accumulated by the passes.</summary>
    private struct FrameCounters
    {
        public long TerrainTriangles;
        public long WaterTriangles;
        public long ModelTriangles;
        public long ShadowTriangles;
        public int DrawCalls;
        public int ChunksDrawn;
        public int MissingNear;
        public int Pending;
        public int Uploaded;
        public int Instances;
    }
}
