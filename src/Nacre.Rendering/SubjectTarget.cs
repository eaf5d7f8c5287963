using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering;

/// <summary>
/// What a <see cref="FrameReport"/> measures as the frame's subject: the pixels of one generated object
/// (<see cref="Instance"/> set: its <see cref="PlacedObject.Id"/>), of a group of them (<see cref="Members"/> set: a
/// crowd, a caravan), or, for a landform or an object that could not be found, every pixel of <see cref="Label"/>.
/// </summary>
/// <param name="Label">What the subject is.</param>
/// <param name="Instance">The subject object's full 64-bit <see cref="PlacedObject.Id"/>, or null to measure by label.</param>
/// <param name="Members">
/// For a group subject, the ids of all its members in ascending order (each of <paramref name="Label"/>); their pixels
/// together are the subject's. Null for a single object or a landform.
/// </param>
public readonly record struct SubjectTarget(SemanticLabel Label, ulong? Instance, ulong[]? Members = null)
{
    /// <summary>True when pixel <paramref name="label"/>, <paramref name="id"/> shows the subject.</summary>
    internal bool Shows(SemanticLabel label, ulong id) =>
        Instance is { } instance ? id == instance
        : Members is { } members ? label == Label && Array.BinarySearch(members, id) >= 0
        : label == Label;

    /// <summary>
    /// The main subject of <paramref name="world"/>'s spawn (<see cref="SpawnPoint.SubjectLabel"/>), or null when the
    /// prompt named none. For an object, its instance is the generated object of that label nearest
    /// <see cref="SpawnPoint.SubjectPosition"/> in the 3 × 3 chunks around it (the subject stands exactly on one);
    /// ground labels (water, terrain…) are landforms and are measured by label; a group subject
    /// (<see cref="SpawnPoint.GroupRadius"/>) is every object of its label within that radius. Generates the chunks
    /// around the subject (nine for one object).
    /// </summary>
    public static SubjectTarget? OfSpawn(WorldGenerator world)
    {
        ArgumentNullException.ThrowIfNull(world);
        SpawnPoint spawn = world.Spawn;
        if (spawn.SubjectLabel == SemanticLabel.None || spawn.SubjectPosition is not Vector3 at)
        {
            return null;
        }
        if (SemanticLabels.IsGround(spawn.SubjectLabel))
        {
            return new SubjectTarget(spawn.SubjectLabel, null);
        }
        if (spawn.GroupRadius > 0f)
        {
            return new SubjectTarget(spawn.SubjectLabel, null, Around(world, spawn.SubjectLabel, at, spawn.GroupRadius));
        }
        if (spawn.SubjectId != 0)
        {
            // Generator v2 names the subject's object.
            return new SubjectTarget(spawn.SubjectLabel, spawn.SubjectId);
        }
        ChunkCoord centre = ChunkCoord.FromWorld(at.X, at.Z);
        ulong? best = null;
        float bestDistance = float.PositiveInfinity; // metres², horizontal
        for (int dz = -1; dz <= 1; dz++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                foreach (PlacedObject o in world.Generate(new ChunkCoord(centre.X + dx, centre.Z + dz)).Objects)
                {
                    if (o.Label != spawn.SubjectLabel)
                    {
                        continue;
                    }
                    float d = ((o.Position.X - at.X) * (o.Position.X - at.X)) + ((o.Position.Z - at.Z) * (o.Position.Z - at.Z));
                    // Ties go to the lower id, so the choice does not depend on chunk order.
                    if (d < bestDistance || (d == bestDistance && o.Id < best))
                    {
                        bestDistance = d;
                        best = o.Id;
                    }
                }
            }
        }
        return new SubjectTarget(spawn.SubjectLabel, best);
    }

    /// <summary>The ids, ascending, of the objects of <paramref name="label"/> within <paramref name="radius"/> m of <paramref name="at"/> (horizontal).</summary>
    private static ulong[] Around(WorldGenerator world, SemanticLabel label, Vector3 at, float radius)
    {
        var ids = new List<ulong>();
        int reach = (int)MathF.Ceiling(radius / ChunkCoord.Size);
        ChunkCoord centre = ChunkCoord.FromWorld(at.X, at.Z);
        for (int dz = -reach; dz <= reach; dz++)
        {
            for (int dx = -reach; dx <= reach; dx++)
            {
                foreach (PlacedObject o in world.Generate(new ChunkCoord(centre.X + dx, centre.Z + dz)).Objects)
                {
                    float x = o.Position.X - at.X, z = o.Position.Z - at.Z;
                    if (o.Label == label && (x * x) + (z * z) <= radius * radius)
                    {
                        ids.Add(o.Id);
                    }
                }
            }
        }
        return [.. ids.Distinct().Order()];
    }
}
