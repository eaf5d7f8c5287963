using System.Numerics;
using Nacre.Core;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Size and natural colour of things the director places, for labels a person can ask for. Collision half extents
/// (metres, scale 1; zero for characters, which move) match the world generator's nominal sizes so a placed car is
/// the size of a generated one.
/// </summary>
public static class SpawnCatalog
{
    public static (Vector3 HalfExtents, Rgb Tint) Get(SemanticLabel label) => label switch
    {
        SemanticLabel.Conifer => (new(0.35f, 5f, 0.35f), new Rgb(46, 84, 56)),
        SemanticLabel.Broadleaf => (new(0.4f, 4.5f, 0.4f), new Rgb(72, 118, 52)),
        SemanticLabel.Birch => (new(0.25f, 4.5f, 0.25f), new Rgb(128, 160, 72)),
        SemanticLabel.Palm => (new(0.3f, 4.5f, 0.3f), new Rgb(84, 140, 60)),
        SemanticLabel.JungleTree => (new(0.6f, 7f, 0.6f), new Rgb(40, 102, 48)),
        SemanticLabel.DeadTree => (new(0.3f, 3.5f, 0.3f), new Rgb(108, 92, 76)),
        SemanticLabel.Bush => (new(0.6f, 0.5f, 0.6f), new Rgb(70, 108, 52)),
        SemanticLabel.Cactus => (new(0.35f, 1.4f, 0.35f), new Rgb(78, 124, 70)),
        SemanticLabel.Boulder => (new(1.4f, 0.9f, 1.2f), new Rgb(128, 124, 118)),
        SemanticLabel.Log => (new(0.35f, 0.3f, 2.2f), new Rgb(112, 84, 58)),
        SemanticLabel.Stump => (new(0.35f, 0.3f, 0.35f), new Rgb(118, 92, 64)),
        SemanticLabel.Cabin => (new(3.5f, 2.6f, 3f), new Rgb(132, 92, 60)),
        SemanticLabel.House => (new(4.5f, 3.5f, 4f), new Rgb(214, 204, 184)),
        SemanticLabel.Cottage => (new(3.8f, 2.8f, 3.2f), new Rgb(226, 214, 190)),
        SemanticLabel.Barn => (new(6f, 4.5f, 4.5f), new Rgb(150, 48, 38)),
        SemanticLabel.Castle => (new(15f, 8f, 15f), new Rgb(150, 146, 138)),
        SemanticLabel.Tower => (new(3.2f, 9f, 3.2f), new Rgb(152, 146, 136)),
        SemanticLabel.Ruins => (new(5f, 2f, 4.5f), new Rgb(140, 134, 122)),
        SemanticLabel.Lighthouse => (new(2.6f, 11f, 2.6f), new Rgb(236, 236, 230)),
        SemanticLabel.Windmill => (new(3f, 7f, 3f), new Rgb(210, 200, 180)),
        SemanticLabel.Bridge => (new(2.4f, 0.5f, 8f), new Rgb(124, 96, 70)),
        SemanticLabel.Pier => (new(1.6f, 0.5f, 9f), new Rgb(124, 96, 70)),
        SemanticLabel.Fence => (new(0.08f, 0.6f, 4f), new Rgb(140, 112, 80)),
        SemanticLabel.Wall => (new(0.4f, 1.4f, 5f), new Rgb(150, 144, 132)),
        SemanticLabel.Shop => (new(5f, 3.5f, 5f), new Rgb(200, 180, 150)),
        SemanticLabel.Church => (new(5.5f, 7f, 10f), new Rgb(200, 196, 186)),
        SemanticLabel.Well => (new(0.9f, 0.6f, 0.9f), new Rgb(150, 146, 138)),
        SemanticLabel.Car => (new(0.95f, 0.75f, 2.2f), new Rgb(60, 90, 150)),
        SemanticLabel.Truck => (new(1.25f, 1.5f, 3.5f), new Rgb(200, 200, 196)),
        SemanticLabel.Boat => (new(1.2f, 0.5f, 3f), new Rgb(226, 226, 220)),
        SemanticLabel.Bench => (new(0.9f, 0.45f, 0.3f), new Rgb(120, 90, 62)),
        SemanticLabel.LampPost => (new(0.15f, 2.2f, 0.15f), new Rgb(50, 52, 56)),
        SemanticLabel.Sign => (new(0.4f, 1.1f, 0.1f), new Rgb(150, 120, 80)),
        SemanticLabel.Bicycle => (new(0.3f, 0.5f, 0.9f), new Rgb(180, 40, 40)),
        SemanticLabel.Barrel => (new(0.35f, 0.45f, 0.35f), new Rgb(120, 84, 52)),
        SemanticLabel.Crate => (new(0.5f, 0.5f, 0.5f), new Rgb(160, 128, 84)),
        SemanticLabel.Campfire => (new(0.6f, 0.2f, 0.6f), new Rgb(90, 70, 60)),
        SemanticLabel.Tent => (new(1.5f, 1f, 2f), new Rgb(200, 120, 60)),
        SemanticLabel.Person => (Vector3.Zero, new Rgb(70, 90, 140)),
        SemanticLabel.Deer => (Vector3.Zero, new Rgb(150, 110, 70)),
        SemanticLabel.Bird => (Vector3.Zero, new Rgb(60, 60, 66)),
        SemanticLabel.Cow => (Vector3.Zero, new Rgb(90, 70, 55)),
        SemanticLabel.Horse => (Vector3.Zero, new Rgb(120, 80, 50)),
        SemanticLabel.Sheep => (Vector3.Zero, new Rgb(225, 222, 210)),
        SemanticLabel.Dog => (Vector3.Zero, new Rgb(130, 100, 70)),
        SemanticLabel.Fox => (Vector3.Zero, new Rgb(200, 100, 40)),
        SemanticLabel.Wolf => (Vector3.Zero, new Rgb(120, 120, 120)),
        SemanticLabel.Bear => (Vector3.Zero, new Rgb(80, 60, 45)),
        _ => (SemanticLabels.IsCharacter(label) ? Vector3.Zero : new Vector3(0.5f), new Rgb(160, 160, 160)),
    };
}
