using Nacre.Core;
using Nacre.Rendering.Gl;
using Nacre.Simulation;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// The sky: a lookup table of sky radiance rendered with the same GLSL that colours fog and reflections (so they
// always agree), refreshed when time of day or weather change, and a tiling cloud-and-star texture made once.
public sealed partial class WorldRenderer
{
    /// <summary>Sky lookup table size: elevation × sin(angle to the sun / 2). Fine near the sun, where the glow is narrow.</summary>
    private const int LutWidth = 64;
    private const int LutHeight = 128;

    /// <summary>Cloud and star texture edge, texels (it tiles).</summary>
    private const int CloudSize = 256;

    private ShaderProgram _skyLutProgram = null!;
    private uint _skyLut;
    private uint _skyLutFbo;
    private uint _clouds;
    private (float Hours, WeatherKind Weather, float Intensity, Tone Tone, float Flash)? _skyLutKey;

    private unsafe void CreateSkyResources()
    {
        _skyLutProgram = new ShaderProgram(_gl, "sky.vert", "skylut.frag");
        _skyLut = _gl.GenTexture();
        _gl.BindTexture(TextureTarget.Texture2D, _skyLut);
        _gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba16f, LutWidth, LutHeight, 0, PixelFormat.Rgba, PixelType.Float, null);
        SetSampling(TextureMinFilter.Linear, TextureWrapMode.ClampToEdge);
        _skyLutFbo = _gl.GenFramebuffer();
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _skyLutFbo);
        _gl.FramebufferTexture2D(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0, TextureTarget.Texture2D, _skyLut, 0);

        byte[] clouds = BuildCloudTexture();
        _clouds = _gl.GenTexture();
        _gl.BindTexture(TextureTarget.Texture2D, _clouds);
        fixed (byte* p = clouds)
        {
            _gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.RG8, CloudSize, CloudSize, 0, PixelFormat.RG, PixelType.UnsignedByte, p);
        }
        SetSampling(TextureMinFilter.Linear, TextureWrapMode.Repeat);
    }

    private void SetSampling(TextureMinFilter filter, TextureWrapMode wrap)
    {
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)filter);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)wrap);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)wrap);
    }

    private void DeleteSkyResources()
    {
        _skyLutProgram.Dispose();
        _gl.DeleteTexture(_skyLut);
        _gl.DeleteFramebuffer(_skyLutFbo);
        _gl.DeleteTexture(_clouds);
    }

    /// <summary>Re-renders the sky table when the light changed, lightning included (expects the frame's uniforms bound).</summary>
    private void UpdateSkyLut(FrameSnapshot snapshot, float flash)
    {
        var key = (snapshot.TimeOfDayHours, snapshot.Weather, snapshot.WeatherIntensity, snapshot.Tone, flash);
        if (_skyLutKey == key)
        {
            return;
        }
        _skyLutKey = key;
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _skyLutFbo);
        _gl.Viewport(0, 0, LutWidth, LutHeight);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.Blend);
        _skyLutProgram.Use();
        _gl.Uniform2(_skyLutProgram.Uniform("uLutSize"), (float)LutWidth, LutHeight);
        _gl.BindVertexArray(_emptyVao);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
    }

    private void BindSkyTextures()
    {
        _gl.ActiveTexture(TextureUnit.Texture0 + ShaderProgram.SkyLutUnit);
        _gl.BindTexture(TextureTarget.Texture2D, _skyLut);
        _gl.ActiveTexture(TextureUnit.Texture0 + ShaderProgram.CloudsUnit);
        _gl.BindTexture(TextureTarget.Texture2D, _clouds);
        _gl.ActiveTexture(TextureUnit.Texture0);
    }

    private void DrawSky(ref FrameCounters stats)
    {
        // Drawn after the opaque world so the depth test skips every covered pixel.
        _gl.DepthMask(false);
        _skyProgram.Get(_labelsPass).Use();
        _gl.BindVertexArray(_emptyVao);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        _gl.DepthMask(true);
        stats.DrawCalls++;
    }

    /// <summary>
    /// Red: tiling fractal value noise (four octaves on wrapping lattices), the cloud density. Green: sparse stars of
    /// varied brightness. Deterministic: the same bytes in every process.
    /// </summary>
    private static byte[] BuildCloudTexture()
    {
        byte[] texels = new byte[CloudSize * CloudSize * 2];
        ulong seed = StableHash.Of("nacre.rendering.clouds");
        for (int y = 0; y < CloudSize; y++)
        {
            for (int x = 0; x < CloudSize; x++)
            {
                float v = 0f, amplitude = 0.5f, total = 0f;
                for (int octave = 0; octave < 4; octave++)
                {
                    int period = 8 << octave;               // lattice cells across the texture
                    float cell = CloudSize / (float)period;
                    v += amplitude * WrappedValueNoise(seed + (ulong)octave, x / cell, y / cell, period);
                    total += amplitude;
                    amplitude *= 0.5f;
                }
                ulong h = StableHash.Combine(seed ^ 0x5354415253UL, x, y);
                float star = StableHash.ToUnitFloat(h) > 0.9965f ? 0.35f + (0.65f * StableHash.ToUnitFloat(StableHash.Mix(h))) : 0f;
                texels[((y * CloudSize) + x) * 2] = (byte)Math.Clamp(v / total * 255f, 0f, 255f);
                texels[(((y * CloudSize) + x) * 2) + 1] = (byte)(star * 255f);
            }
        }
        return texels;
    }

    private static float WrappedValueNoise(ulong seed, float x, float y, int period)
    {
        int x0 = (int)MathF.Floor(x), y0 = (int)MathF.Floor(y);
        float fx = x - x0, fy = y - y0;
        fx = fx * fx * (3f - (2f * fx));
        fy = fy * fy * (3f - (2f * fy));
        float Lattice(int i, int j) => StableHash.ToUnitFloat(StableHash.Combine(seed, ((i % period) + period) % period, ((j % period) + period) % period));
        float a = Lattice(x0, y0), b = Lattice(x0 + 1, y0), c = Lattice(x0, y0 + 1), d = Lattice(x0 + 1, y0 + 1);
        float top = a + ((b - a) * fx), bottom = c + ((d - c) * fx);
        return top + ((bottom - top) * fy);
    }
}
