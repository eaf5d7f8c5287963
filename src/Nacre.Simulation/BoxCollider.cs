using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation;

/// <summary>
/// A solid object's collision box: an upright box turned by the object's yaw, from its base up to its top.
/// Precomputed once per cached chunk so collision queries do no trigonometry.
/// </summary>
internal readonly struct BoxCollider
{
    /// <summary>Extra step onto a deck (bridge, pier): with the ordinary 0.4 m step, a deck up to 1.2 m above the feet.</summary>
    public const float DeckExtraStep = 0.8f;

    /// <summary>Centre of the footprint, world metres.</summary>
    public readonly float X;

    public readonly float Z;

    /// <summary>Bottom and top of the box, metres.</summary>
    public readonly float BaseY;

    public readonly float TopY;

    /// <summary>
    /// How much higher than an ordinary step the walker may climb onto this object's top, metres: bridges and piers
    /// are decks with steps at their ends, so they can be walked onto from a bank even when their deck stands proud of it.
    /// </summary>
    public readonly float ExtraStep;

    /// <summary>Half sizes across (the object's right) and along (its front), metres.</summary>
    public readonly float HalfX;

    public readonly float HalfZ;

    /// <summary>cos and sin of the object's yaw: its right is (cos, sin) and its front (sin, −cos) in (x, z).</summary>
    private readonly float _cos;

    private readonly float _sin;

    public BoxCollider(in PlacedObject o)
    {
        X = o.Position.X;
        Z = o.Position.Z;
        BaseY = o.Position.Y;
        TopY = o.Position.Y + (2f * o.HalfExtents.Y);
        HalfX = o.HalfExtents.X;
        HalfZ = o.HalfExtents.Z;
        ExtraStep = o.Label is SemanticLabel.Bridge or SemanticLabel.Pier ? DeckExtraStep : 0f;
        _cos = MathF.Cos(o.Yaw);
        _sin = MathF.Sin(o.Yaw);
    }

    /// <summary>Horizontal distance from the centre to the farthest corner, metres.</summary>
    public float Reach => MathF.Sqrt((HalfX * HalfX) + (HalfZ * HalfZ));

    /// <summary>True when the point (x, z) lies on the box's footprint.</summary>
    public bool Contains(float x, float z)
    {
        ToLocal(x, z, out float lx, out float lz);
        return MathF.Abs(lx) <= HalfX && MathF.Abs(lz) <= HalfZ;
    }

    /// <summary>
    /// Moves a circle of radius <paramref name="radius"/> centred at <paramref name="p"/> (x, z) out of the footprint
    /// along the shortest way; the part of a move along the box's face is kept, so a walker slides along walls.
    /// Returns false when the circle does not overlap the box.
    /// </summary>
    public bool PushOut(ref Vector2 p, float radius)
    {
        // A hair of extra clearance so rounding cannot leave the circle touching and pushed again next tick.
        const float Skin = 1e-4f;
        ToLocal(p.X, p.Y, out float lx, out float lz);
        if (MathF.Abs(lx) >= HalfX + radius || MathF.Abs(lz) >= HalfZ + radius)
        {
            return false;
        }
        float cx = Math.Clamp(lx, -HalfX, HalfX);
        float cz = Math.Clamp(lz, -HalfZ, HalfZ);
        float ox = lx - cx;
        float oz = lz - cz;
        float d2 = (ox * ox) + (oz * oz);
        if (d2 > 0f)
        {
            if (d2 >= radius * radius)
            {
                return false; // near a corner but clear of it
            }
            float d = MathF.Sqrt(d2);
            float push = (radius + Skin - d) / d;
            lx += ox * push;
            lz += oz * push;
        }
        else if (HalfX - MathF.Abs(lx) < HalfZ - MathF.Abs(lz))
        {
            // The centre is inside the footprint: leave by the nearest face.
            lx = (lx < 0f ? -1f : 1f) * (HalfX + radius + Skin);
        }
        else
        {
            lz = (lz < 0f ? -1f : 1f) * (HalfZ + radius + Skin);
        }
        // The local frame's matrix [[cos, sin], [sin, −cos]] is its own inverse.
        p = new Vector2(X + (lx * _cos) + (lz * _sin), Z + (lx * _sin) - (lz * _cos));
        return true;
    }

    private void ToLocal(float x, float z, out float lx, out float lz)
    {
        float dx = x - X;
        float dz = z - Z;
        lx = (dx * _cos) + (dz * _sin);
        lz = (dx * _sin) - (dz * _cos);
    }
}
