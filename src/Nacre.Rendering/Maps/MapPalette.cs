using Nacre.Core;
using Nacre.WorldGen;
using SkiaSharp;

namespace Nacre.Rendering.Maps;

/// <summary>The map's colours: a muted, atlas-like palette where ground, water and objects stay distinct.</summary>
internal static class MapPalette
{
    public static (float R, float G, float B) Ground(GroundKind g, Biome b) => g switch
    {
        GroundKind.Grass => b switch
        {
            Biome.Meadow => (124, 168, 80),
            Biome.Farmland => (138, 170, 86),
            Biome.Suburban => (118, 160, 84),
            Biome.Swamp => (96, 118, 74),
            Biome.Tundra => (150, 160, 128),
            _ => (114, 158, 76),
        },
        GroundKind.ForestFloor => b switch
        {
            Biome.ConiferForest => (72, 108, 66),
            Biome.BirchForest => (112, 146, 76),
            Biome.Jungle => (58, 116, 56),
            Biome.BambooForest => (104, 140, 70),
            _ => (88, 130, 64),
        },
        GroundKind.Dirt => (156, 132, 96),
        GroundKind.Sand => (228, 212, 164),
        GroundKind.Rock => (142, 136, 128),
        GroundKind.Snow => (242, 245, 248),
        GroundKind.Mud => (118, 108, 80),
        GroundKind.Farmland => (190, 170, 96),
        GroundKind.Road => (112, 110, 106),
        GroundKind.Path => (184, 160, 118),
        GroundKind.Pavement => (168, 166, 160),
        GroundKind.RiverBed => (124, 114, 92),
        GroundKind.DryGrass => (180, 172, 108),
        GroundKind.Lava => (196, 64, 22),
        GroundKind.Ash => (58, 54, 52),
        GroundKind.Ice => (196, 222, 236),
        GroundKind.Chalk => (232, 230, 218),
        _ => (128, 128, 128),
    };

    public static readonly (float R, float G, float B) ShallowWater = (104, 184, 204);
    public static readonly (float R, float G, float B) DeepWater = (30, 76, 130);
    public static readonly SKColor Shore = new(230, 240, 236);
    public static readonly SKColor WaterEdge = new(36, 74, 104);

    /// <summary>Crown radius (m) drawn for a tree or plant at scale 1; 0 for things too small to draw.</summary>
    public static float CrownRadius(SemanticLabel l) => l switch
    {
        SemanticLabel.Conifer => 2.1f,
        SemanticLabel.Broadleaf => 3.2f,
        SemanticLabel.Birch => 2.2f,
        SemanticLabel.Palm => 2.8f,
        SemanticLabel.JungleTree => 3.8f,
        SemanticLabel.Bamboo => 1.3f,
        SemanticLabel.DeadTree => 1.6f,
        SemanticLabel.Bush => 1.1f,
        SemanticLabel.Cactus => 0.7f,
        SemanticLabel.Reed => 0.45f,
        SemanticLabel.Flower => 0.35f,
        SemanticLabel.Crop => 0.5f,
        SemanticLabel.GrassTuft => 0.4f,
        _ => 0f,
    };

    public static SKColor Character(SemanticLabel l) => l switch
    {
        SemanticLabel.Person => new SKColor(232, 64, 140),
        SemanticLabel.Deer => new SKColor(176, 118, 60),
        SemanticLabel.Cow => new SKColor(250, 250, 246),
        SemanticLabel.Sheep => new SKColor(246, 242, 226),
        SemanticLabel.Horse => new SKColor(120, 78, 48),
        SemanticLabel.Bird => new SKColor(54, 56, 66),
        SemanticLabel.Wolf => new SKColor(120, 120, 128),
        SemanticLabel.Bear => new SKColor(82, 58, 40),
        SemanticLabel.Camel => new SKColor(204, 170, 110),
        SemanticLabel.Duck => new SKColor(64, 130, 70),
        SemanticLabel.Fox => new SKColor(214, 110, 40),
        _ => new SKColor(200, 160, 120),
    };

    public static SKColor ToSk(Rgb c, byte alpha = 255) => new(c.R, c.G, c.B, alpha);

    public static SKColor Darken(SKColor c, float k) => new((byte)(c.Red * k), (byte)(c.Green * k), (byte)(c.Blue * k), c.Alpha);

    public static SKColor Lighten(SKColor c, float k) =>
        new((byte)(c.Red + ((255 - c.Red) * k)), (byte)(c.Green + ((255 - c.Green) * k)), (byte)(c.Blue + ((255 - c.Blue) * k)), c.Alpha);
}
