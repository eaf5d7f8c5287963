using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Stages;

/// <summary>
/// Emits the objects the site plan and the region plans decided (buildings, bridges, requested props and
/// characters) whose anchor lies in this chunk, standing on this chunk's ground. Bridges, piers, jetties and boats
/// keep the height their plan gave them (over or on the water).
/// </summary>
internal sealed class PlannedObjectStage : IWorldStage
{
    public string Name => "planned";

    public void Run(ChunkContext ctx)
    {
        float maxX = ctx.MinX + Core.ChunkCoord.Size, maxZ = ctx.MinZ + Core.ChunkCoord.Size;
        int start = ctx.Objects.Count;
        foreach (PlacedObject o in ctx.Site.Objects)
        {
            if (o.Position.X >= ctx.MinX && o.Position.X < maxX && o.Position.Z >= ctx.MinZ && o.Position.Z < maxZ)
            {
                ctx.Objects.Add(o);
            }
        }
        ctx.Model.Regions!.ObjectsIn(ctx.MinX, ctx.MinZ, maxX, maxZ, ctx.Objects);
        for (int k = start; k < ctx.Objects.Count; k++)
        {
            PlacedObject o = ctx.Objects[k];
            if (o.Label is SemanticLabel.Bridge or SemanticLabel.Pier or SemanticLabel.Jetty or SemanticLabel.Boat or SemanticLabel.Duck)
            {
                continue;
            }
            ctx.Objects[k] = o with { Position = new Vector3(o.Position.X, ctx.GroundAt(o.Position.X, o.Position.Z), o.Position.Z) };
        }
    }
}
