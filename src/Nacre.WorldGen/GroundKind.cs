namespace Nacre.WorldGen;

/// <summary>Surface material of a ground cell. Values are stored in exports: append, never renumber.</summary>
public enum GroundKind : byte
{
    Grass = 0,
    ForestFloor = 1,
    Dirt = 2,
    Sand = 3,
    Rock = 4,
    Snow = 5,
    Mud = 6,
    Farmland = 7,
    Road = 8,
    Path = 9,
    Pavement = 10,
    RiverBed = 11,
    DryGrass = 12,
    Lava = 13,
    Ash = 14,
    Ice = 15,
    Chalk = 16,
}
