using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// How big an object <i>looks</i> (for framing shots), as half extents in its own frame (x across, y half its height,
/// z along its facing), metres. Buildings and vehicles use their collision box; trees collide with the trunk only, so
/// their crown is added; characters and small things have no collision box, so nominal sizes are used.
/// </summary>
public static class ObjectBounds
{
    public static Vector3 HalfExtents(PlacedObject o)
    {
        float s = o.Scale <= 0f ? 1f : o.Scale;
        float crown = o.Label switch
        {
            SemanticLabel.Conifer => 2.2f,
            SemanticLabel.Broadleaf => 3.2f,
            SemanticLabel.Birch => 2f,
            SemanticLabel.Palm => 2.5f,
            SemanticLabel.JungleTree => 3.5f,
            SemanticLabel.DeadTree => 1.8f,
            SemanticLabel.Bamboo => 0.7f,
            _ => 0f,
        };
        if (crown > 0f)
        {
            float height = o.HalfExtents.Y > 0f ? o.HalfExtents.Y : 4.5f * s;
            return new Vector3(crown * s, height, crown * s);
        }
        Vector3 nominal = o.Label switch
        {
            SemanticLabel.Person => new(0.3f, 0.88f, 0.2f),
            SemanticLabel.Deer => new(0.3f, 0.75f, 0.8f),
            SemanticLabel.Bird => new(0.2f, 0.12f, 0.2f),
            SemanticLabel.Cow => new(0.45f, 0.75f, 1.1f),
            SemanticLabel.Horse => new(0.35f, 0.85f, 1.1f),
            SemanticLabel.Sheep => new(0.35f, 0.5f, 0.65f),
            SemanticLabel.Dog => new(0.2f, 0.3f, 0.45f),
            SemanticLabel.Fox => new(0.15f, 0.25f, 0.4f),
            SemanticLabel.Rabbit => new(0.1f, 0.15f, 0.2f),
            SemanticLabel.Wolf => new(0.2f, 0.4f, 0.6f),
            SemanticLabel.Bear => new(0.5f, 0.75f, 1f),
            SemanticLabel.Camel => new(0.45f, 1f, 1.2f),
            SemanticLabel.Duck => new(0.15f, 0.15f, 0.2f),
            SemanticLabel.GrassTuft or SemanticLabel.Flower or SemanticLabel.Reed or SemanticLabel.Crop => new(0.3f, 0.25f, 0.3f),
            SemanticLabel.Stone => new(0.3f, 0.2f, 0.3f),
            _ => new(0.5f, 0.5f, 0.5f),
        };
        return o.HalfExtents.X > 0f && o.HalfExtents.Y > 0f ? o.HalfExtents : nominal * s;
    }

    /// <summary>Visual centre of the object (its anchor is the base centre), world metres.</summary>
    public static Vector3 Centre(PlacedObject o) => o.Position + new Vector3(0f, HalfExtents(o).Y, 0f);
}
