using System.Numerics;
using Nacre.Core;
using Nacre.Simulation.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Tests.Directing;

/// <summary>
/// A fixed, hand-made world for directing tests: flat meadow at 0 m, a lake west of the origin (x −90…−50, z −70…−20,
/// surface 0.5 m over ground at −1 m), a north–south road at x −3…3, a cabin 40 m north of the origin, a lighthouse to
/// the north-east, a barn, a truck on the road, two deer and a row of trees of known heights.
/// </summary>
public static class DirectingTestWorld
{
    public const ulong CabinId = 1001, LighthouseId = 1002, BarnId = 1003, TruckId = 1004, DeerId = 1005, Deer2Id = 1006, TallTreeId = 1010;

    public static readonly Vector3 Cabin = new(10f, 0f, -40f);
    public static readonly Vector3 Lighthouse = new(60f, 0f, -70f);

    private static readonly List<PlacedObject> Objects =
    [
        Obj(CabinId, SemanticLabel.Cabin, Cabin, 0f, new(3.5f, 2.6f, 3f), new Rgb(132, 92, 60)),
        Obj(LighthouseId, SemanticLabel.Lighthouse, Lighthouse, 0f, new(2.6f, 11f, 2.6f), new Rgb(236, 236, 230)),
        Obj(BarnId, SemanticLabel.Barn, new(-30f, 0f, 20f), 1f, new(6f, 4.5f, 4.5f), new Rgb(150, 48, 38)),
        Obj(TruckId, SemanticLabel.Truck, new(0f, 0f, 30f), 0f, new(1.25f, 1.5f, 3.5f), new Rgb(200, 200, 196)),
        Obj(DeerId, SemanticLabel.Deer, new(25f, 0f, -10f), 0f, Vector3.Zero, new Rgb(150, 110, 70)),
        Obj(Deer2Id, SemanticLabel.Deer, new(30f, 0f, -5f), 0f, Vector3.Zero, new Rgb(150, 110, 70)),
        Obj(TallTreeId, SemanticLabel.Conifer, new(40f, 0f, 10f), 0f, new(0.35f, 7f, 0.35f), new Rgb(46, 84, 56)),
        Obj(1011, SemanticLabel.Conifer, new(45f, 0f, 14f), 0f, new(0.35f, 5f, 0.35f), new Rgb(46, 84, 56)),
        Obj(1012, SemanticLabel.Broadleaf, new(50f, 0f, 8f), 0f, new(0.4f, 4f, 0.4f), new Rgb(72, 118, 52)),
    ];

    public static bool IsLake(float x, float z) => x is >= -90f and <= -50f && z is >= -70f and <= -20f;

    public static bool IsRoad(float x) => x is >= -3f and < 3f;

    /// <summary>The pure generator of this world.</summary>
    public static ChunkData Generate(ChunkCoord c)
    {
        var data = new ChunkData(c);
        for (int z = 0; z < ChunkData.Samples; z++)
        {
            for (int x = 0; x < ChunkData.Samples; x++)
            {
                float wx = c.MinX + x, wz = c.MinZ + z;
                int i = ChunkData.SampleIndex(x, z);
                bool lake = IsLake(wx, wz);
                data.Height[i] = lake ? -1f : 0f;
                data.WaterSurface[i] = lake ? 0.5f : float.NegativeInfinity;
            }
        }
        for (int z = 0; z < ChunkData.Cells; z++)
        {
            for (int x = 0; x < ChunkData.Cells; x++)
            {
                float wx = c.MinX + x + 0.5f;
                data.Ground[ChunkData.CellIndex(x, z)] = IsRoad(wx) ? GroundKind.Road : GroundKind.Grass;
                data.Biome[ChunkData.CellIndex(x, z)] = Biome.Meadow;
            }
        }
        data.Objects = [.. Objects.Where(o => ChunkCoord.FromWorld(o.Position.X, o.Position.Z) == c).OrderBy(o => o.Id)];
        return data;
    }

    /// <summary>A session standing at the origin at eye height, looking north, at 15:00 in clear weather.</summary>
    public static DirectorSession Session(Mood mood = Mood.Calm) =>
        new(new DirectorWorld(Generate), 7, new CameraPose(new Vector3(0f, 1.6f, 0f), 0f, 0f), new AtmosphereState(15f, WeatherKind.Clear, 0f), mood);

    /// <summary>Fraction of the frame (a 96 × 54 grid of rays) whose first hit is inside <paramref name="target"/>'s box.</summary>
    public static float FrameFraction(FrameSnapshot frame, PlacedObject target, float aspect = 16f / 9f)
    {
        Vector3 half = ObjectBounds.HalfExtents(target);
        float tanV = MathF.Tan(frame.Lens.VerticalFov(aspect) / 2f), tanH = tanV * aspect;
        CameraPose pose = frame.Camera;
        Vector3 fwd = pose.Forward;
        Vector3 right = Vector3.Normalize(Vector3.Cross(fwd, Vector3.UnitY));
        Vector3 up = Vector3.Cross(right, fwd);
        int hits = 0, total = 0;
        for (int j = 0; j < 54; j++)
        {
            for (int i = 0; i < 96; i++)
            {
                float sx = (((i + 0.5f) / 96f) * 2f) - 1f, sy = 1f - (((j + 0.5f) / 54f) * 2f);
                Vector3 dir = Vector3.Normalize(fwd + (right * sx * tanH) + (up * sy * tanV));
                total++;
                if (HitsBox(pose.Position, dir, target, half))
                {
                    hits++;
                }
            }
        }
        return hits / (float)total;
    }

    /// <summary>Ray against the object's oriented box (yaw about its base), slab method in the box's frame.</summary>
    private static bool HitsBox(Vector3 origin, Vector3 dir, PlacedObject o, Vector3 half)
    {
        Vector3 centre = o.Position + new Vector3(0f, half.Y, 0f);
        float c = MathF.Cos(o.Yaw), s = MathF.Sin(o.Yaw);
        Vector3 Local(Vector3 v) => new((v.X * c) + (v.Z * s), v.Y, (-v.X * s) + (v.Z * c));
        Vector3 lo = Local(origin - centre), ld = Local(dir);
        float tmin = 0f, tmax = float.MaxValue;
        for (int axis = 0; axis < 3; axis++)
        {
            float p = axis == 0 ? lo.X : axis == 1 ? lo.Y : lo.Z;
            float d = axis == 0 ? ld.X : axis == 1 ? ld.Y : ld.Z;
            float h = axis == 0 ? half.X : axis == 1 ? half.Y : half.Z;
            if (MathF.Abs(d) < 1e-8f)
            {
                if (MathF.Abs(p) > h)
                {
                    return false;
                }
                continue;
            }
            float t1 = (-h - p) / d, t2 = (h - p) / d;
            tmin = MathF.Max(tmin, MathF.Min(t1, t2));
            tmax = MathF.Min(tmax, MathF.Max(t1, t2));
        }
        return tmax >= tmin;
    }

    private static PlacedObject Obj(ulong id, SemanticLabel label, Vector3 p, float yaw, Vector3 half, Rgb tint) =>
        new(id, label, p, yaw, 1f, tint, half, 0, MaterialKind.Unspecified);
}
