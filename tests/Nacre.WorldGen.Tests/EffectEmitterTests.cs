using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>
/// Generator v2 places the emitters of moving effects where a viewer expects them: a plume over a volcano's crater,
/// spray at a waterfall's foot, surf along the sea's shore (heavier under cliffs than on a beach); v1 places none.
/// </summary>
public class EffectEmitterTests
{
    private static List<EffectEmitter> Effects(WorldSpec spec, float radius)
    {
        var world = new WorldGenerator(spec);
        int r = (int)MathF.Ceiling(radius / ChunkCoord.Size);
        var list = new List<EffectEmitter>();
        for (int z = -r; z <= r; z++)
        {
            for (int x = -r; x <= r; x++)
            {
                list.AddRange(world.Generate(new ChunkCoord(x, z)).Effects);
            }
        }
        return list;
    }

    [Fact]
    public void Volcano_HasOnePlume_AboveItsCrater()
    {
        var spec = new WorldSpec { Seed = 3, Terrain = new TerrainSpec { Relief = Relief.Mountains }, Landform = Landform.Volcano };
        var world = new WorldGenerator(spec);
        List<EffectEmitter> smoke = [.. Effects(spec, 700f).Where(e => e.Kind == EffectKind.Smoke)];
        smoke.Count.ShouldBe(1);
        Vector3 p = smoke[0].Position;
        p.Y.ShouldBeGreaterThan(world.GroundHeight(p.X, p.Z), "the plume starts above the crater's floor");
        p.Y.ShouldBeGreaterThan(world.GroundHeight(p.X + 150f, p.Z) + 40f, "high on the cone, above its flanks");
    }

    [Fact]
    public void Waterfall_HasSpray_AtTheWaterBelowTheDrop()
    {
        var spec = new WorldSpec
        {
            Seed = 2,
            Terrain = new TerrainSpec { Relief = Relief.RollingHills },
            Landform = Landform.Waterfall,
            Water = new WaterSpec { Rivers = true, Waterfalls = true },
        };
        var world = new WorldGenerator(spec);
        EffectEmitter spray = Effects(spec, 400f).Single(e => e.Kind == EffectKind.Spray);
        float water = world.WaterSurface(spray.Position.X, spray.Position.Z);
        float.IsNegativeInfinity(water).ShouldBeFalse("spray rises from the plunge pool");
        MathF.Abs(water - spray.Position.Y).ShouldBeLessThan(1.5f);
    }

    [Fact]
    public void Surf_LinesTheShore_AndIsHeavierUnderCliffsThanOnABeach()
    {
        static WorldSpec Coast(Landform landform, Relief relief) => new()
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = relief },
            Landform = landform,
            Water = new WaterSpec { Sea = true },
        };
        List<EffectEmitter> cliffs = [.. Effects(Coast(Landform.SeaCliffs, Relief.Cliffs), 300f).Where(e => e.Kind == EffectKind.Surf)];
        List<EffectEmitter> beach = [.. Effects(Coast(Landform.SandyCoast, Relief.Coast), 300f).Where(e => e.Kind == EffectKind.Surf)];
        cliffs.Count.ShouldBeGreaterThan(20, "surf all along the foot of the cliffs");
        beach.Count.ShouldBeGreaterThan(20, "surf all along the beach");
        cliffs.Average(e => e.Strength).ShouldBeGreaterThan(beach.Average(e => e.Strength) + 0.1f);
        var world = new WorldGenerator(Coast(Landform.SandyCoast, Relief.Coast));
        beach.ShouldAllBe(e => world.GroundHeight(e.Position.X, e.Position.Z) < 0f, "surf is on the water, at the waterline");
    }

    [Fact]
    public void V1Worlds_HaveNoEffects()
    {
        var spec = new WorldSpec { Seed = 1, Terrain = new TerrainSpec { Relief = Relief.Coast }, Water = new WaterSpec { Sea = true }, Generator = 1 };
        Effects(spec, 200f).ShouldBeEmpty();
    }
}
