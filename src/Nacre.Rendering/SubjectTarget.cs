using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering;

/// <summary>
/// What a <see cref="FrameReport"/> measures as the frame's subject: the pixels of one generated object
/// (<see cref="Instance"/> set: its <see cref="PlacedObject.Id"/>), or, for a landform or an object that could not be
/// found, every pixel of <see cref="Label"/>.
/// </summary>
/// <param name="Label">What the subject is.</param>
/// <param name="Instance">The subject object's full 64-bit <see cref="PlacedObject.Id"/>, or null to measure by label.</param>
public readonly record struct SubjectTarget(SemanticLabel Label, ulong? Instance)
{
    /// <summary>
    /// The main subject of <paramref name="world"/>'s spawn (<see cref="SpawnPoint.SubjectLabel"/>), or null when the
    /// prompt named none. For an object, its instance is the generated object of that label nearest
    /// <see cref="SpawnPoint.SubjectPosition"/> in the 3 × 3 chunks around it (the subject stands exactly on one);
    /// ground labels (water, terrain…) are landforms and are measured by label. Generates up to nine chunks.
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
}
