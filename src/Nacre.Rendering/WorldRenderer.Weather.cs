using Nacre.Core;
using Nacre.Rendering.Gl;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Precipitation: a fixed cloud of seeded particles wrapped around the camera and animated by simulation time.
// Drawn last, blended, without writing depth or labels (rain is not an object an agent should segment).
public sealed partial class WorldRenderer
{
    /// <summary>Particles in the buffer: a blizzard's flakes (<see cref="Atmosphere.Snow"/> 1); rain uses at most <see cref="MaxRain"/>.</summary>
    private const int MaxParticles = 32000;

    /// <summary>Rain streaks at full rain (more would grey the frame rather than read as rain).</summary>
    private const int MaxRain = 6000;

    private ShaderProgram _particleProgram = null!;
    private uint _particleVao;
    private uint _particleVbo;
    private int _particleBox;
    private int _particleTint;
    private int _particlePixelScale;

    private unsafe void CreateWeatherResources()
    {
        _particleProgram = new ShaderProgram(_gl, "particle.vert", "particle.frag");
        _particleBox = _particleProgram.Uniform("uBox");
        _particleTint = _particleProgram.Uniform("uTint");
        _particlePixelScale = _particleProgram.Uniform("uPixelScale");
        // Two vertices per particle (top and bottom of a rain streak); snow draws the first of each pair as a point.
        float[] seeds = new float[MaxParticles * 2 * 4];
        var rng = new Rng(StableHash.Of("nacre.rendering.particles"));
        for (int i = 0; i < MaxParticles; i++)
        {
            float x = rng.NextFloat(), y = rng.NextFloat(), z = rng.NextFloat();
            for (int k = 0; k < 2; k++)
            {
                int o = ((i * 2) + k) * 4;
                seeds[o] = x;
                seeds[o + 1] = y;
                seeds[o + 2] = z;
                seeds[o + 3] = k;
            }
        }
        _particleVao = _gl.GenVertexArray();
        _gl.BindVertexArray(_particleVao);
        _particleVbo = _gl.GenBuffer();
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _particleVbo);
        _gl.BufferData<float>(BufferTargetARB.ArrayBuffer, seeds, BufferUsageARB.StaticDraw);
        _gl.EnableVertexAttribArray(0);
        _gl.VertexAttribPointer(0, 4, VertexAttribPointerType.Float, false, 16, (void*)0);
        _gl.BindVertexArray(0);
    }

    private void DeleteWeatherResources()
    {
        _particleProgram.Dispose();
        _gl.DeleteVertexArray(_particleVao);
        _gl.DeleteBuffer(_particleVbo);
    }

    private void DrawWeather(in Atmosphere a, bool extras, ref FrameCounters stats)
    {
        if (a.Rain <= 0f && a.Snow <= 0f)
        {
            return;
        }
        BeginTranslucent(extras);
        _particleProgram.Use();
        _gl.Uniform1(_particlePixelScale, _sceneHeight / 480f);
        _gl.BindVertexArray(_particleVao);
        if (a.Rain > 0f)
        {
            int count = (int)(MaxRain * Math.Clamp(a.Rain, 0f, 1f));
            _gl.Uniform4(_particleBox, 24f, 11f, 0.55f, 0f);
            _gl.Uniform4(_particleTint, 0.55f, 0.6f, 0.7f, 0.35f);
            _gl.DrawArrays(PrimitiveType.Lines, 0, (uint)(count * 2));
            stats.DrawCalls++;
        }
        if (a.Snow > 0f)
        {
            float blizzard = a.Blizzard;
            int count = (int)(MaxParticles * Math.Clamp(a.Snow, 0f, 1f));
            _gl.Enable(EnableCap.ProgramPointSize);
            // z: sideways drift, m/s: the flakes of a blizzard fly on the wind.
            // A blizzard packs the flakes into a smaller box: six times as many in the air near the camera.
            _gl.Uniform4(_particleBox, 30f - (14f * blizzard), 1.2f + (2.3f * blizzard), 7f * blizzard, 1f);
            _gl.Uniform4(_particleTint, 1.6f, 1.6f, 1.7f, 0.9f);
            // Every other vertex: one point per particle.
            _gl.DrawArrays(PrimitiveType.Points, 0, (uint)(count * 2));
            _gl.Disable(EnableCap.ProgramPointSize);
            stats.DrawCalls++;
        }
        EndTranslucent(extras);
    }
}
