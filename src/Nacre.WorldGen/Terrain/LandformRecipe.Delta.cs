using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Terrain;

// River deltas and estuaries: a river comes down a valley between low bluffs to an apex, then splits into braided
// channels that fan out over sandbanks and mud flats into the sea. The channels lie below sea level, so the sea fills
// them; reeds find the shallows along their banks. The frame: u runs from the apex out to sea, v across the fan.
internal sealed partial class LandformRecipe
{
    // Where the site stands in the delta's frame: on the bluff beside the fan, 150 m below the apex (m).
    private const float DeltaSiteU = 150f, DeltaSiteMargin = 40f;

    /// <summary>How far the fan reaches out to sea from its apex (m).</summary>
    public const float DeltaFront = 520f;

    // The height of the bluffs flanking the fan (m).
    private const float DeltaBluff = 20f;

    // Upstream, the river's valley fades back into the world's own relief (m along u).
    private const float DeltaValleyEnd = -1400f;

    /// <summary>Sideways spread of each distributary channel, as a fraction of the fan's half width.</summary>
    private static readonly float[] DeltaChannels = [-0.72f, -0.36f, 0.02f, 0.38f, 0.74f];

    private static readonly float[] EstuaryChannels = [0.05f, -0.55f];

    private static LandformRecipe ForDelta(Landform kind, ReliefField relief, float scale, ulong seed)
    {
        (float ax, float az) = relief.SeaDirection;
        var r = new LandformRecipe(kind, ax, az, 0f, 0f, scale, seed);
        // Put the apex where the site (the origin) stands on the near bluff, 150 m down the fan.
        float u = DeltaSiteU, v = -(r.DeltaHalfWidth(u) + DeltaSiteMargin);
        var apex = new LandformRecipe(kind, ax, az, -((u * ax) + (v * az)), -((u * az) - (v * ax)), scale, seed);
        // The fan below the bluff, seen from above: channels of water between banks of sand.
        float fu = 280f, fv = -0.5f * apex.DeltaHalfWidth(fu);
        apex.Frame(apex.AtLocal(fu, fv, 0f), 130f, 4f, 90f, 320f, SemanticLabel.Water);
        apex.ViewFromAbove = true;
        apex.AddDeltaRiver();
        return apex;
    }

    /// <summary>The world point at (u, v) in the recipe's frame (u along its axis, v across), at height y (m).</summary>
    public Vector3 AtLocal(float u, float v, float y) => new(_ox + (u * _ax) + (v * _az), y, _oz + (u * _az) - (v * _ax));

    /// <summary>Half the width of the fan (or of the valley above the apex) at u metres below the apex (m).</summary>
    public float DeltaHalfWidth(float u)
    {
        float d = MathF.Max(u, 0f);
        return Kind == Landform.Estuary ? 40f + (0.35f * d) + (0.0012f * d * d) : 45f + (0.6f * d);
    }

    /// <summary>Water level of the river in the valley above the apex (m): it falls 4 m a kilometre to the sea.</summary>
    private static float DeltaRiverLevel(float u) => 0.25f + (0.004f * MathF.Max(0f, -u));

    /// <summary>The river down the valley to the apex, in reaches of 200 m, where the channels take over.</summary>
    private void AddDeltaRiver()
    {
        const float Step = 20f, Reach = 200f;
        for (float start = DeltaValleyEnd; start < 0f; start += Reach)
        {
            var xs = new List<float>();
            var zs = new List<float>();
            var levels = new List<float>();
            for (float t = start; t <= MathF.Min(start + Reach, 20f) + 0.1f; t += Step)
            {
                Vector3 p = AtLocal(t, DeltaMeander(t), 0f);
                xs.Add(p.X);
                zs.Add(p.Z);
                levels.Add(DeltaRiverLevel(t));
            }
            Rivers.Add(([.. xs], [.. zs], [.. levels], Kind == Landform.Estuary ? 9f : 6f));
        }
    }

    /// <summary>The river's sideways wander in the valley (m), fading to nothing at the apex.</summary>
    private float DeltaMeander(float u) => 18f * Noise.Fbm(_noise + 11UL, u, 0.5f, 1f / 600f, 2) * DetMath.SmoothStep(0f, -300f, u);

    /// <summary>Centre line (v, m) of the k-th channel at u metres below the apex: all leave the apex together.</summary>
    private float ChannelCentre(float spread, int k, float u) =>
        ChannelLine(spread, u) + (ChannelWander * DetMath.SmoothStep(0f, 160f, u) * Noise.Fbm(_noise + 20UL + (ulong)k, u, 0.5f, 1f / 260f, 2));

    /// <summary>Where the k-th channel would run without its wander (m across the fan).</summary>
    private float ChannelLine(float spread, float u) => spread * MathF.Max(DeltaHalfWidth(u) - 42f, 0f);

    /// <summary>How far (m) a channel wanders either side of its line, at most (the noise stays within ±1.5).</summary>
    private const float ChannelWander = 16f;

    private float Delta(float x, float z, float u, float v, float h)
    {
        if (u < DeltaValleyEnd - 100f)
        {
            return h;
        }
        bool estuary = Kind == Landform.Estuary;
        float half = DeltaHalfWidth(u);
        float a = MathF.Abs(v - DeltaMeander(u));
        float front = DeltaFront + (45f * Noise.Fbm(_noise + 3UL, v, 0.5f, 1f / 200f, 2));
        // 1 on the fan (or the valley floor), 0 outside it.
        float inside = (1f - DetMath.SmoothStep(half - 15f, half + 20f, a)) * (1f - DetMath.SmoothStep(front - 40f, front + 40f, u));
        float outside = DeltaSurroundings(h, a, half, u, front);
        float result = inside <= 0f ? outside : DetMath.Lerp(outside, DeltaFloor(x, z, u, v, estuary), inside);
        return DetMath.Lerp(h, result, DetMath.SmoothStep(DeltaValleyEnd - 100f, DeltaValleyEnd + 100f, u));
    }

    /// <summary>
    /// Beside the fan: bluffs 20 m high along its flanks and the valley (where the world there is land), the sea
    /// floor kept a few metres down around the lobe's seaward end so the sea meets it on every side.
    /// </summary>
    private float DeltaSurroundings(float h, float a, float half, float u, float front)
    {
        float raise = DeltaBluff * _scale * DetMath.SmoothStep(half + 5f, half + 30f, a) * (1f - DetMath.SmoothStep(half + 180f, half + 360f, a));
        float land = h > 0f ? MathF.Max(h, raise * DetMath.SmoothStep(0f, 3f, h)) : h;
        // Past the front, and around the part of the lobe that reaches into the sea, open water.
        float sea = DetMath.SmoothStep(front - 60f, front + 60f, u) * (1f - DetMath.SmoothStep(half + 60f, half + 200f, a));
        return DetMath.Lerp(land, MathF.Min(h, -2.5f), sea);
    }

    /// <summary>The fan: sandbanks falling to mud flats toward the sea, cut by distributaries and braided rills.</summary>
    private float DeltaFloor(float x, float z, float u, float v, bool estuary)
    {
        if (u < 0f)
        {
            // The valley floor above the apex; the river cuts its own bed into it.
            return DeltaRiverLevel(u) + 0.7f + (0.3f * Noise.Fbm(_noise + 1UL, x, z, 1f / 45f, 2));
        }
        float t = DetMath.Clamp01(u / DeltaFront);
        float bank = estuary
            ? DetMath.Lerp(0.55f, 0.08f, t) + (0.25f * Noise.Fbm(_noise + 1UL, x, z, 1f / 60f, 2))
            : DetMath.Lerp(0.95f, 0.2f, t) + (0.35f * Noise.Fbm(_noise + 1UL, x, z, 1f / 45f, 2));
        float cut = 0f;
        float[] channels = estuary ? EstuaryChannels : DeltaChannels;
        for (int k = 0; k < channels.Length; k++)
        {
            // Distributaries widen seaward; the estuary's main channel is much wider than its side channel.
            float width = estuary ? (k == 0 ? 10f + (0.06f * u) : 5f + (0.03f * u)) : 4.5f + (0.025f * u);
            if (MathF.Abs(v - ChannelLine(channels[k], u)) > width + (1.5f * ChannelWander))
            {
                continue; // too far from this channel for its wander to bring it here: skip the noise
            }
            float d = MathF.Abs(v - ChannelCentre(channels[k], k, u)) / width;
            if (d < 1f)
            {
                cut = MathF.Max(cut, (bank + 1.6f) * (1f - (d * d)));
            }
        }
        if (u > 30f)
        {
            // Braided rills between the channels: the zero line of a noise, a metre deep.
            float braid = MathF.Abs(Noise.Fbm(_noise + 2UL, x, z, 1f / 90f, 2));
            const float Rill = 0.06f;
            if (braid < Rill)
            {
                cut = MathF.Max(cut, (bank + 0.7f) * (1f - (braid / Rill)) * DetMath.SmoothStep(30f, 120f, u));
            }
        }
        return bank - cut;
    }

    /// <summary>Sand on the banks, mud on the flats that the tide leaves; the world's own ground on the bluffs.</summary>
    private GroundKind? DeltaGround(float x, float z, float u, float v, float h)
    {
        float a = MathF.Abs(v - DeltaMeander(u));
        if (u < -20f || u > DeltaFront + 120f || a > DeltaHalfWidth(u) + 12f || h > 1.8f)
        {
            return null;
        }
        bool estuary = Kind == Landform.Estuary;
        float mud = Noise.Fbm(_noise + 5UL, x, z, 1f / 70f, 2) + (estuary ? 0.25f : -0.15f) + (0.3f * DetMath.Clamp01(u / DeltaFront));
        return h < 0.6f && mud > 0.2f ? GroundKind.Mud : GroundKind.Sand;
    }
}
