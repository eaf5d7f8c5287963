using System.Numerics;
using Nacre.Core;
using Nacre.Rendering.Gl;
using Nacre.Rendering.Terrain;
using Nacre.WorldGen;
using Silk.NET.OpenGL;

namespace Nacre.Rendering;

// Moving effects at the generator's emitters (EffectEmitter): a volcano's smoke plume, spray where a waterfall lands,
// surf where the sea meets a beach or a cliff. Soft camera-facing sprites whose every position, size and opacity is
// a pure function of the emitter and simulation time (hashes of the emitter's position, never a random stream), so a
// replayed take shows the same smoke. Drawn after the water, blended, writing neither depth nor the label and
// instance buffers: the frame report counts what stands behind the smoke, and the subject stays the subject.
public sealed partial class WorldRenderer
{
    /// <summary>Sprites one frame may draw; past it the farther emitters go without.</summary>
    private const int MaxEffectSprites = 8192;

    private const int FloatsPerSprite = 8;

    /// <summary>Surf is drawn out to this distance (m); a plume and spray as far as the chunks reach.</summary>
    private const float SurfDistance = 450f;

    private const int SmokePuffs = 56, SprayPuffs = 30;

    private readonly float[] _effectSprites = new float[MaxEffectSprites * FloatsPerSprite];
    private ShaderProgram _effectProgram = null!;
    private uint _effectVao;
    private uint _effectVbo;
    private int _effectRight;
    private int _effectUp;

    private unsafe void CreateEffectResources()
    {
        _effectProgram = new ShaderProgram(_gl, "effect.vert", "effect.frag");
        _effectRight = _effectProgram.Uniform("uRight");
        _effectUp = _effectProgram.Uniform("uUp");
        _effectVao = _gl.GenVertexArray();
        _gl.BindVertexArray(_effectVao);
        _effectVbo = _gl.GenBuffer();
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _effectVbo);
        _gl.BufferData(BufferTargetARB.ArrayBuffer, (nuint)(_effectSprites.Length * sizeof(float)), null, BufferUsageARB.StreamDraw);
        for (uint a = 0; a < 2; a++)
        {
            _gl.EnableVertexAttribArray(a);
            _gl.VertexAttribPointer(a, 4, VertexAttribPointerType.Float, false, FloatsPerSprite * sizeof(float), (void*)(a * 4 * sizeof(float)));
            _gl.VertexAttribDivisor(a, 1);
        }
        _gl.BindVertexArray(0);
    }

    private void DeleteEffectResources()
    {
        _effectProgram.Dispose();
        _gl.DeleteVertexArray(_effectVao);
        _gl.DeleteBuffer(_effectVbo);
    }

    private unsafe void DrawEffects(in ViewCamera camera, double seconds, bool extras, ref FrameCounters stats)
    {
        float t = (float)(seconds % 100000.0);
        int count = 0;
        foreach (GpuChunk chunk in _chunks.Values)
        {
            foreach (EffectEmitter e in chunk.Effects)
            {
                // A plume rises ~200 m and leans downwind; spray and surf stay within metres of their base.
                float reach = e.Kind == EffectKind.Smoke ? 200f : e.Radius + 10f;
                Vector3 centre = e.Position + new Vector3(0f, e.Kind == EffectKind.Smoke ? 100f : 2f, 0f);
                if ((e.Kind == EffectKind.Surf && Vector3.DistanceSquared(e.Position, camera.Eye) > SurfDistance * SurfDistance)
                    || !camera.IntersectsSphere(centre, reach))
                {
                    continue;
                }
                count = e.Kind switch
                {
                    EffectKind.Smoke => AddSmoke(e, t, count),
                    EffectKind.Spray => AddSpray(e, t, count),
                    _ => AddSurf(e, t, count, camera.Eye),
                };
            }
        }
        if (count == 0)
        {
            return;
        }
        BeginTranslucent(extras);
        _effectProgram.Use();
        Matrix4x4 view = camera.View;
        // The view matrix's first two columns are the camera's right and up axes in world space.
        _gl.Uniform3(_effectRight, view.M11, view.M21, view.M31);
        _gl.Uniform3(_effectUp, view.M12, view.M22, view.M32);
        _gl.BindVertexArray(_effectVao);
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _effectVbo);
        fixed (float* p = _effectSprites)
        {
            _gl.BufferSubData(BufferTargetARB.ArrayBuffer, 0, (nuint)(count * FloatsPerSprite * sizeof(float)), p);
        }
        _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, (uint)count);
        stats.DrawCalls++;
        _gl.BindVertexArray(0);
        EndTranslucent(extras);
    }

    /// <summary>A number in [0, 1) fixed by the emitter's position and the sprite's index.</summary>
    private static float EffectHash(in EffectEmitter e, int i, ulong salt) =>
        StableHash.ToUnitFloat(StableHash.Combine(salt, (int)MathF.Floor(e.Position.X * 4f), (int)MathF.Floor(e.Position.Z * 4f) + (i * 7919)));

    private static float Fract(float x) => x - MathF.Floor(x);

    /// <summary>
    /// The plume: puffs leave the crater every few seconds, rise ~180 m over 45 s, swell from a crater's width to a
    /// cloud's and drift downwind (a heading fixed per volcano), thinning as they go.
    /// </summary>
    private int AddSmoke(in EffectEmitter e, float t, int count)
    {
        const float Life = 45f; // seconds from the crater to gone
        (float wx, float wz) = DetMath.Direction(EffectHash(e, 0, 0x5A0CUL) * 2f * MathF.PI);
        for (int i = 0; i < SmokePuffs && count < MaxEffectSprites; i++)
        {
            float h = EffectHash(e, i, 0x5A0DUL);
            float age = Fract((t / Life) + h);
            float rise = 185f * MathF.Pow(age, 0.8f);
            float lean = 70f * age * age;
            (float s, float c) = DetMath.SinCos((h * 40f) + (t * 0.05f));
            float spread = e.Radius * 0.6f * (0.3f + age);
            var p = new Vector3(e.Position.X + (wx * lean) + (s * spread), e.Position.Y + rise, e.Position.Z + (wz * lean) + (c * spread));
            float radius = (e.Radius * 0.7f) + (60f * age);
            float alpha = 0.5f * e.Strength * DetMath.SmoothStep(0f, 0.06f, age) * MathF.Pow(1f - age, 1.3f);
            float grey = 0.3f + (0.22f * age) + (0.06f * h);
            count = PutSprite(count, p, radius, new Vector4(grey, grey, grey * 1.02f, alpha));
        }
        return count;
    }

    /// <summary>Spray: mist boiling up from the plunge pool, rising a few metres over ~3 s and spreading as it fades.</summary>
    private int AddSpray(in EffectEmitter e, float t, int count)
    {
        const float Life = 3.2f;
        for (int i = 0; i < SprayPuffs && count < MaxEffectSprites; i++)
        {
            float h = EffectHash(e, i, 0x5B7AUL);
            float age = Fract((t / Life) + h);
            (float s, float c) = DetMath.SinCos(h * 2f * MathF.PI * 7f);
            float out_ = e.Radius * (0.2f + (0.8f * age)) * (0.5f + (0.5f * EffectHash(e, i, 0x5B7BUL)));
            var p = new Vector3(e.Position.X + (s * out_), e.Position.Y + 0.5f + (7f * age), e.Position.Z + (c * out_));
            float radius = 2f + (5f * age);
            float alpha = 0.42f * e.Strength * DetMath.SmoothStep(0f, 0.12f, age) * (1f - age);
            count = PutSprite(count, p, radius, new Vector4(0.92f, 0.94f, 0.96f, alpha));
        }
        return count;
    }

    /// <summary>
    /// Surf: a band of foam at the waterline that swells and ebbs as each wave comes in (the wave's phase follows the
    /// shore's position, so breakers run along the beach); against a cliff, a splash thrown up the face as well.
    /// </summary>
    private int AddSurf(in EffectEmitter e, float t, int count, Vector3 eye)
    {
        // Foam is a band seen from afar; close by, camera-facing puffs would stand up as a veil, so they fade out.
        float near = DetMath.SmoothStep(20f, 45f, Vector3.Distance(e.Position, eye));
        if (count >= MaxEffectSprites - 1)
        {
            return count;
        }
        float phase = (t * 0.9f) + (e.Position.X * 0.045f) + (e.Position.Z * 0.031f);
        float swell = 0.5f + (0.5f * DetMath.SinCos(phase).Sin);
        var foam = new Vector3(e.Position.X, e.Position.Y + 0.15f + (0.25f * swell), e.Position.Z);
        count = PutSprite(count, foam, e.Radius * (0.6f + (0.3f * swell)), new Vector4(0.95f, 0.97f, 0.98f, near * 0.6f * e.Strength * (0.35f + (0.65f * swell))));
        if (e.Strength > 0.7f)
        {
            float age = Fract((t / 4f) + EffectHash(e, 1, 0x5C1FUL));
            var splash = new Vector3(e.Position.X, e.Position.Y + 0.5f + (5f * e.Strength * MathF.Sqrt(age)), e.Position.Z);
            count = PutSprite(count, splash, 1.5f + (3.5f * age), new Vector4(0.95f, 0.96f, 0.98f, near * 0.3f * (1f - age) * DetMath.SmoothStep(0f, 0.1f, age)));
        }
        return count;
    }

    private int PutSprite(int index, Vector3 centre, float radius, Vector4 colour)
    {
        int o = index * FloatsPerSprite;
        _effectSprites[o] = centre.X;
        _effectSprites[o + 1] = centre.Y;
        _effectSprites[o + 2] = centre.Z;
        _effectSprites[o + 3] = radius;
        _effectSprites[o + 4] = colour.X;
        _effectSprites[o + 5] = colour.Y;
        _effectSprites[o + 6] = colour.Z;
        _effectSprites[o + 7] = colour.W;
        return index + 1;
    }

    /// <summary>
    /// A blended pass that draws colour only: no depth writes, and (when labels are read back) not into the label and
    /// instance buffer, so what it draws (rain, smoke) never hides what stands behind it from the frame report.
    /// </summary>
    private void BeginTranslucent(bool extras)
    {
        if (extras)
        {
            SetDrawBuffers(false);
        }
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        _gl.DepthMask(false);
    }

    private void EndTranslucent(bool extras)
    {
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.Blend);
        if (extras)
        {
            SetDrawBuffers(true);
        }
    }
}
