namespace Nacre.Core;

/// <summary>
/// What a pixel, a collider or an exported node is. Written into the renderer's label buffer (one ushort a
/// pixel) and carried by every generated object, so the numeric values are part of the file formats: append
/// new labels at the end of their group's range, never renumber.
/// </summary>
public enum SemanticLabel : ushort
{
    None = 0,

    // Ground and sky, 1–19.
    Sky = 1,
    Terrain = 2,
    Water = 3,
    Road = 4,
    Path = 5,
    Snow = 6,
    Sand = 7,
    Rock = 8,
    Lava = 9,
    Ice = 10,

    // Vegetation, 20–49.
    Conifer = 20,
    Broadleaf = 21,
    Birch = 22,
    Palm = 23,
    JungleTree = 24,
    Bamboo = 25,
    Bush = 26,
    GrassTuft = 27,
    Cactus = 28,
    Flower = 29,
    Reed = 30,
    Crop = 31,
    DeadTree = 32,
    Acacia = 33,

    // Natural props, 50–69.
    Boulder = 50,
    Stone = 51,
    Log = 52,
    Stump = 53,

    // Structures, 70–119.
    Cabin = 70,
    House = 71,
    Cottage = 72,
    Barn = 73,
    Castle = 74,
    Tower = 75,
    Ruins = 76,
    Lighthouse = 77,
    Windmill = 78,
    Bridge = 79,
    Pier = 80,
    Fence = 81,
    Wall = 82,
    Shop = 83,
    Church = 84,
    Well = 85,
    Silo = 86,
    MarketStall = 87,
    Saloon = 88,
    Gravestone = 89,
    Shrine = 90,
    Temple = 91,
    Jetty = 92,
    Fountain = 93,
    Warehouse = 94,
    Monastery = 95,

    // Man-made props, 120–159.
    Car = 120,
    Truck = 121,
    Boat = 122,
    Bench = 123,
    LampPost = 124,
    Sign = 125,
    Bicycle = 126,
    Barrel = 127,
    Crate = 128,
    Campfire = 129,
    Tent = 130,
    Cart = 131,
    Shipwreck = 132,

    // Characters, 160–199.
    Person = 160,
    Deer = 161,
    Bird = 162,
    Cow = 163,
    Horse = 164,
    Sheep = 165,
    Dog = 166,
    Fox = 167,
    Rabbit = 168,
    Wolf = 169,
    Bear = 170,
    Camel = 171,
    Duck = 172,
    Giraffe = 173,
    Zebra = 174,
    Donkey = 175,
    Rider = 176,
}
