using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>
/// A small hand-made world for renderer tests, independent of the real generator so that reference images only
/// change when the renderer does. Rolling meadow with conifer woods, a lake to the north-east, a road running
/// north–south at x = 24 m, mountains far to the north, and landmarks: a cabin 40 m north of the origin facing
/// south (toward <see cref="SpawnCamera"/>), a red barn, a car on the road, a person and a deer.
/// </summary>
public static class TestWorld
{
    private const ulong Seed = 7;

    public static readonly Vector3 CabinPosition = new(0f, 0f, -40f);

    public static readonly ulong CabinId = 1001;

    public static float HeightAt(float x, float z)
    {
        float h = 6f + (5f * Noise.Fbm(Seed, x, z, 1f / 140f, 3));
        // A flat clearing around the cabin and the spawn point.
        float clearing = MathF.Exp(-((x * x) + ((z + 25f) * (z + 25f))) / (45f * 45f));
        h = (h * (1f - clearing)) + (6f * clearing);
        // The lake basin, 10 m deep at its centre (90, −110).
        float dl = MathF.Sqrt(((x - 90f) * (x - 90f)) + ((z + 110f) * (z + 110f)));
        h -= 11f * MathF.Exp(-(dl * dl) / (55f * 55f));
        // Mountains beyond 250 m north.
        float north = Math.Clamp((-z - 250f) / 250f, 0f, 1f);
        h += north * north * (60f + (90f * Noise.Ridged(Seed + 1, x, z, 1f / 180f, 3)));
        return h;
    }

    public static ChunkData Generate(ChunkCoord coord)
    {
        var data = new ChunkData(coord);
        for (int j = 0; j < ChunkData.Samples; j++)
        {
            for (int i = 0; i < ChunkData.Samples; i++)
            {
                float x = coord.MinX + i, z = coord.MinZ + j;
                int s = ChunkData.SampleIndex(i, j);
                data.Height[s] = HeightAt(x, z);
                float dl = MathF.Sqrt(((x - 90f) * (x - 90f)) + ((z + 110f) * (z + 110f)));
                data.WaterSurface[s] = dl < 95f ? 2.5f : float.NegativeInfinity;
            }
        }
        for (int j = 0; j < ChunkData.Cells; j++)
        {
            for (int i = 0; i < ChunkData.Cells; i++)
            {
                float x = coord.MinX + i + 0.5f, z = coord.MinZ + j + 0.5f;
                int c = ChunkData.CellIndex(i, j);
                float h = data.HeightAt(i, j);
                bool forest = IsForest(x, z);
                data.Biome[c] = forest ? Biome.ConiferForest : Biome.Meadow;
                data.Ground[c] = MathF.Abs(x - 24f) < 2.5f ? GroundKind.Road
                    : h < 3.2f ? GroundKind.Sand
                    : forest ? GroundKind.ForestFloor
                    : GroundKind.Grass;
            }
        }
        data.Objects = Objects(coord);
        return data;
    }

    private static bool IsForest(float x, float z) =>
        Noise.Fbm(Seed + 2, x, z, 1f / 90f, 2) > 0.05f && ((x * x) + ((z + 30f) * (z + 30f))) > 38f * 38f && MathF.Abs(x - 24f) > 5f;

    private static List<PlacedObject> Objects(ChunkCoord coord)
    {
        var list = new List<PlacedObject>();
        // Trees on a jittered 7 m grid in the woods.
        for (float gz = coord.MinZ; gz < coord.MinZ + ChunkCoord.Size; gz += 7f)
        {
            for (float gx = coord.MinX; gx < coord.MinX + ChunkCoord.Size; gx += 7f)
            {
                ulong h = StableHash.Combine(Seed, (int)gx, (int)gz);
                float x = gx + (6f * StableHash.ToUnitFloat(h)), z = gz + (6f * StableHash.ToUnitFloat(StableHash.Mix(h)));
                float y = HeightAt(x, z);
                if (!IsForest(x, z) || y < 3.5f || ChunkCoord.FromWorld(x, z) != coord)
                {
                    continue;
                }
                bool broadleaf = (h & 7) == 0;
                byte g = (byte)(110 + (h >> 8 & 31));
                list.Add(new PlacedObject(h | 1, broadleaf ? SemanticLabel.Broadleaf : SemanticLabel.Conifer, new Vector3(x, y, z),
                    (h >> 16 & 255) / 40f, 0.8f + (0.5f * StableHash.ToUnitFloat(h >> 3)), broadleaf ? new Rgb(96, g, 52) : new Rgb(52, (byte)(g - 20), 58),
                    new Vector3(0.4f, 6f, 0.4f), (byte)(h >> 24), MaterialKind.Unspecified));
            }
        }
        AddLandmark(list, coord, CabinId, SemanticLabel.Cabin, CabinPosition.X, CabinPosition.Z, MathF.PI, new Rgb(150, 104, 64), new Vector3(3.5f, 2.6f, 3f));
        AddLandmark(list, coord, 1002, SemanticLabel.Barn, 52f, -75f, MathF.PI * 1.25f, new Rgb(170, 40, 34), new Vector3(6f, 4.5f, 4.5f));
        AddLandmark(list, coord, 1003, SemanticLabel.Car, 24f, -20f, 0f, new Rgb(30, 90, 170), new Vector3(0.9f, 0.75f, 2.1f));
        AddLandmark(list, coord, 1004, SemanticLabel.Person, -4f, -32f, MathF.PI, new Rgb(200, 60, 50), new Vector3(0.3f, 0.9f, 0.2f));
        AddLandmark(list, coord, 1005, SemanticLabel.Deer, 12f, -55f, 2f, new Rgb(150, 100, 60), new Vector3(0.3f, 0.8f, 0.8f));
        AddLandmark(list, coord, 1006, SemanticLabel.Boulder, -14f, -30f, 0.5f, new Rgb(130, 126, 120), new Vector3(1.5f, 1f, 1.5f));
        AddLandmark(list, coord, 1007, SemanticLabel.Boat, 80f, -100f, 1f, new Rgb(220, 220, 210), Vector3.Zero, 2.5f);
        AddLandmark(list, coord, 1008, SemanticLabel.LampPost, 21f, -30f, 0f, new Rgb(40, 40, 40), Vector3.Zero);
        list.Sort((a, b) => a.Id.CompareTo(b.Id));
        return list;
    }

    private static void AddLandmark(List<PlacedObject> list, ChunkCoord coord, ulong id, SemanticLabel label, float x, float z, float yaw, Rgb tint, Vector3 halfExtents, float? y = null)
    {
        if (ChunkCoord.FromWorld(x, z) == coord)
        {
            list.Add(new PlacedObject(id, label, new Vector3(x, y ?? HeightAt(x, z), z), yaw, 1f, tint, halfExtents, 0, MaterialKind.Unspecified));
        }
    }

    /// <summary>Standing at the origin at eye height, looking north at the cabin.</summary>
    public static Nacre.Simulation.CameraPose SpawnCamera => new(new Vector3(0f, HeightAt(0f, 0f) + 1.7f, 0f), 0f, -0.03f);
}
