using System.Numerics;
using Nacre.Rendering.Gl;
using Nacre.Simulation;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// The final tier's post-processing: the supersampled scene is filtered down with ambient occlusion, then bloom, depth of
// field, a vignette and (when the snapshot says where the camera was a frame ago) motion blur. Every stage is a full-screen
// triangle over textures; nothing here reads a clock or a random source, so a frame is the same on every run.
public sealed partial class WorldRenderer
{
    /// <summary>The bloom is blurred at this fraction of the output size a side (wide and cheap).</summary>
    private const int BloomDownscale = 4;

    /// <summary>
    /// Depth of field: the lens's f-number, and how much the blur is exaggerated over a real lens's (a previs look: a wide
    /// lens still shows what is in focus). The blur circle on the sensor is f² / N · |1/s − 1/d| (focal length f, focus s,
    /// distance d); in pixels, times the image width over the sensor width. At most <see cref="MaxBlurPixels"/> at 720 lines.
    /// </summary>
    private const float Aperture = 2f;
    private const float DepthOfFieldExaggeration = 2f;
    private const float MaxBlurPixels = 8f;

    /// <summary>Motion blur is capped at this share of the image width (a whip pan smears, it does not wash out).</summary>
    private const float MaxMotionBlurShare = 0.05f;

    private uint _colorTexture;
    private uint _depthTexture;
    private ShaderProgram? _resolveProgram;
    private ShaderProgram? _brightProgram;
    private ShaderProgram? _blurProgram;
    private ShaderProgram? _dofProgram;
    private ShaderProgram? _motionProgram;
    private PostTarget? _resolved;
    private PostTarget? _bloomA;
    private PostTarget? _bloomB;
    private PostTarget? _graded;
    private PostTarget? _blurred;
    private PostTarget? _postOutput;

    private bool IsFinal => _options.Quality == RenderQuality.Final;

    /// <summary>The defines that select the tier's variant of the terrain and object programs.</summary>
    private string[] TierDefines => IsFinal ? ["FINAL"] : [];

    private unsafe uint CreateSceneTexture(InternalFormat format, PixelFormat pixelFormat, PixelType type, FramebufferAttachment attachment)
    {
        uint texture = _gl.GenTexture();
        _gl.BindTexture(TextureTarget.Texture2D, texture);
        _gl.TexImage2D(TextureTarget.Texture2D, 0, format, (uint)_sceneWidth, (uint)_sceneHeight, 0, pixelFormat, type, null);
        PostTarget.SetLinearClamped(_gl);
        if (pixelFormat == PixelFormat.DepthComponent)
        {
            // Depth is read back into positions: blending two surfaces' depths at an edge would invent a third.
            _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Nearest);
            _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Nearest);
        }
        _gl.FramebufferTexture2D(FramebufferTarget.Framebuffer, attachment, TextureTarget.Texture2D, texture, 0);
        return texture;
    }

    private void CreatePostResources()
    {
        _resolveProgram = new ShaderProgram(_gl, "post.vert", "post_resolve.frag");
        _brightProgram = new ShaderProgram(_gl, "post.vert", "post_bright.frag");
        _blurProgram = new ShaderProgram(_gl, "post.vert", "post_blur.frag");
        _dofProgram = new ShaderProgram(_gl, "post.vert", "post_dof.frag");
        _motionProgram = new ShaderProgram(_gl, "post.vert", "post_motion.frag");
        _resolved = new PostTarget(_gl, Width, Height);
        _bloomA = new PostTarget(_gl, Width / BloomDownscale, Height / BloomDownscale);
        _bloomB = new PostTarget(_gl, Width / BloomDownscale, Height / BloomDownscale);
        _graded = new PostTarget(_gl, Width, Height);
        _blurred = new PostTarget(_gl, Width, Height);
        _postOutput = _graded;
    }

    private void DeletePostResources()
    {
        foreach (IDisposable? d in (ReadOnlySpan<IDisposable?>)[_resolveProgram, _brightProgram, _blurProgram, _dofProgram, _motionProgram,
            _resolved, _bloomA, _bloomB, _graded, _blurred])
        {
            d?.Dispose();
        }
    }

    /// <summary>Runs the post-processing chain on the drawn scene; <see cref="_postOutput"/> then holds the finished frame.</summary>
    private void ApplyPost(FrameSnapshot snapshot, in Atmosphere atmosphere)
    {
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.Blend);
        _gl.Disable(EnableCap.CullFace);
        _gl.DepthMask(false);
        _gl.BindVertexArray(_emptyVao);
        BindTexture(ShaderProgram.SceneUnit, _colorTexture);
        BindTexture(ShaderProgram.DepthUnit, _depthTexture);
        var lines = Height / 720f;
        float tanHalfFovY = MathF.Tan(snapshot.Lens.VerticalFov(Width / (float)Height) / 2f);

        // 1. Down to the output size, with ambient occlusion and each pixel's circle of confusion.
        _resolved!.BindAsTarget();
        _resolveProgram!.Use();
        _gl.Uniform2(_resolveProgram.Uniform("uTexel"), 1f / Width, 1f / Height);
        _gl.Uniform1(_resolveProgram.Uniform("uPixelsPerMetre"), Height / (2f * tanHalfFovY));
        _gl.Uniform1(_resolveProgram.Uniform("uFocus"), snapshot.FocusDistance is { } focus && float.IsFinite(focus) && focus > 0f ? focus : 0f);
        // Pixels of blur per 1/m of defocus: f² / N in mm², over 1000 mm a metre, scaled from the sensor to the image.
        float focal = snapshot.Lens.FocalMm;
        float blurPerDioptre = DepthOfFieldExaggeration * focal * focal / Aperture / 1000f / snapshot.Lens.SensorWidthMm * Width;
        _gl.Uniform2(_resolveProgram.Uniform("uCoc"), blurPerDioptre, MaxBlurPixels * lines);
        Draw();

        // 2. Bloom: the bright parts, a quarter size, blurred both ways. Night lets lamps and windows glow wider.
        BindTexture(ShaderProgram.SourceUnit, _resolved.Texture);
        _bloomA!.BindAsTarget();
        _brightProgram!.Use();
        _gl.Uniform2(_brightProgram.Uniform("uTexel"), 1f / Width, 1f / Height);
        _gl.Uniform1(_brightProgram.Uniform("uKnee"), 0.72f - (0.3f * atmosphere.Night));
        Draw();
        Blur(_bloomA, _bloomB!, 1f, 0f);
        Blur(_bloomB!, _bloomA, 0f, 1f);

        // 3. Depth of field, bloom and vignette.
        BindTexture(ShaderProgram.SourceUnit, _resolved.Texture);
        BindTexture(ShaderProgram.BloomUnit, _bloomA.Texture);
        _graded!.BindAsTarget();
        _dofProgram!.Use();
        _gl.Uniform2(_dofProgram.Uniform("uTexel"), 1f / Width, 1f / Height);
        _gl.Uniform1(_dofProgram.Uniform("uMaxCoc"), MaxBlurPixels * lines);
        _gl.Uniform1(_dofProgram.Uniform("uBloomStrength"), 0.35f + (0.5f * atmosphere.Night));
        _gl.Uniform1(_dofProgram.Uniform("uVignette"), 0.25f);
        Draw();
        _postOutput = _graded;

        // 4. Motion blur, when the camera moved since the last frame of a take.
        if (snapshot.PreviousCamera is { } previous)
        {
            var before = new ViewCamera(previous, snapshot.Lens, Width, Height, _options.ViewDistance * 1.05f);
            BindTexture(ShaderProgram.SourceUnit, _graded.Texture);
            _blurred!.BindAsTarget();
            _motionProgram!.Use();
            SetMatrix(_motionProgram.Uniform("uPrevViewProj"), before.ViewProjection);
            _gl.Uniform2(_motionProgram.Uniform("uSize"), (float)Width, Height);
            _gl.Uniform1(_motionProgram.Uniform("uMaxBlur"), MaxMotionBlurShare * Width);
            Draw();
            _postOutput = _blurred;
        }
        _gl.DepthMask(true);
    }

    private void Blur(PostTarget source, PostTarget target, float x, float y)
    {
        BindTexture(ShaderProgram.SourceUnit, source.Texture);
        target.BindAsTarget();
        _blurProgram!.Use();
        _gl.Uniform2(_blurProgram.Uniform("uStep"), x / source.Width, y / source.Height);
        Draw();
    }

    private void Draw() => _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

    private void BindTexture(int unit, uint texture)
    {
        _gl.ActiveTexture(TextureUnit.Texture0 + unit);
        _gl.BindTexture(TextureTarget.Texture2D, texture);
    }

    private unsafe void SetMatrix(int location, Matrix4x4 m) => _gl.UniformMatrix4(location, 1, false, (float*)&m);
}
