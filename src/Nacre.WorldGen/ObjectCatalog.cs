using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>
/// Nominal size, collision box and colour of every label the generator places. Collision half extents are for
/// scale 1, in the object's own frame (x across its front, y half its height — the box stands on the ground —
/// z along its facing direction), metres; zero for things a walker passes through (grass, flowers, animals, which
/// move). Entry.Footprint is the radius (m) other objects keep clear of.
/// </summary>
public static class ObjectCatalog
{
    public readonly record struct Entry(Vector3 HalfExtents, float Footprint, Rgb Tint);

    private static readonly Dictionary<SemanticLabel, Entry> Entries = new()
    {
        // Trees collide with their trunk only; the footprint keeps crowns from overlapping buildings.
        [SemanticLabel.Conifer] = new(new(0.35f, 5f, 0.35f), 2.5f, new Rgb(46, 84, 56)),
        [SemanticLabel.Broadleaf] = new(new(0.4f, 4.5f, 0.4f), 3.5f, new Rgb(72, 118, 52)),
        [SemanticLabel.Birch] = new(new(0.25f, 4.5f, 0.25f), 2.5f, new Rgb(128, 160, 72)),
        [SemanticLabel.Palm] = new(new(0.3f, 4.5f, 0.3f), 3f, new Rgb(84, 140, 60)),
        [SemanticLabel.JungleTree] = new(new(0.6f, 7f, 0.6f), 4f, new Rgb(40, 102, 48)),
        [SemanticLabel.Bamboo] = new(new(0.5f, 3.5f, 0.5f), 1.2f, new Rgb(120, 156, 72)),
        [SemanticLabel.Bush] = new(new(0.6f, 0.5f, 0.6f), 1f, new Rgb(70, 108, 52)),
        [SemanticLabel.GrassTuft] = new(Vector3.Zero, 0.3f, new Rgb(106, 140, 64)),
        [SemanticLabel.Cactus] = new(new(0.35f, 1.4f, 0.35f), 0.8f, new Rgb(78, 124, 70)),
        [SemanticLabel.Flower] = new(Vector3.Zero, 0.2f, new Rgb(220, 190, 60)),
        [SemanticLabel.Reed] = new(Vector3.Zero, 0.3f, new Rgb(128, 140, 72)),
        [SemanticLabel.Crop] = new(Vector3.Zero, 0.5f, new Rgb(200, 176, 88)),
        [SemanticLabel.DeadTree] = new(new(0.3f, 3.5f, 0.3f), 2f, new Rgb(108, 92, 76)),
        [SemanticLabel.Boulder] = new(new(1.4f, 0.9f, 1.2f), 1.8f, new Rgb(128, 124, 118)),
        [SemanticLabel.Stone] = new(Vector3.Zero, 0.4f, new Rgb(140, 136, 128)),
        [SemanticLabel.Log] = new(new(0.35f, 0.3f, 2.2f), 2.3f, new Rgb(112, 84, 58)),
        [SemanticLabel.Stump] = new(new(0.35f, 0.3f, 0.35f), 0.6f, new Rgb(118, 92, 64)),
        [SemanticLabel.Cabin] = new(new(3.5f, 2.6f, 3f), 6f, new Rgb(132, 92, 60)),
        [SemanticLabel.House] = new(new(4.5f, 3.5f, 4f), 7f, new Rgb(214, 204, 184)),
        [SemanticLabel.Cottage] = new(new(3.8f, 2.8f, 3.2f), 6f, new Rgb(226, 214, 190)),
        [SemanticLabel.Barn] = new(new(6f, 4.5f, 4.5f), 8.5f, new Rgb(150, 48, 38)),
        [SemanticLabel.Castle] = new(new(15f, 8f, 15f), 22f, new Rgb(150, 146, 138)),
        [SemanticLabel.Tower] = new(new(3.2f, 9f, 3.2f), 5f, new Rgb(152, 146, 136)),
        [SemanticLabel.Ruins] = new(new(5f, 2f, 4.5f), 7.5f, new Rgb(140, 134, 122)),
        [SemanticLabel.Lighthouse] = new(new(2.6f, 11f, 2.6f), 5f, new Rgb(236, 236, 230)),
        [SemanticLabel.Windmill] = new(new(3f, 7f, 3f), 7f, new Rgb(210, 200, 180)),
        [SemanticLabel.Bridge] = new(new(2.4f, 0.5f, 8f), 9f, new Rgb(124, 96, 70)),
        [SemanticLabel.Pier] = new(new(1.6f, 0.5f, 9f), 10f, new Rgb(124, 96, 70)),
        [SemanticLabel.Fence] = new(new(0.08f, 0.6f, 4f), 4f, new Rgb(140, 112, 80)),
        [SemanticLabel.Wall] = new(new(0.4f, 1.4f, 5f), 5f, new Rgb(150, 144, 132)),
        [SemanticLabel.Shop] = new(new(5f, 3.5f, 5f), 7.5f, new Rgb(200, 180, 150)),
        [SemanticLabel.Church] = new(new(5.5f, 7f, 10f), 12f, new Rgb(200, 196, 186)),
        [SemanticLabel.Well] = new(new(0.9f, 0.6f, 0.9f), 1.5f, new Rgb(150, 146, 138)),
        [SemanticLabel.Car] = new(new(0.95f, 0.75f, 2.2f), 2.6f, new Rgb(60, 90, 150)),
        [SemanticLabel.Truck] = new(new(1.25f, 1.5f, 3.5f), 4f, new Rgb(200, 200, 196)),
        [SemanticLabel.Boat] = new(new(1.2f, 0.5f, 3f), 3.4f, new Rgb(226, 226, 220)),
        [SemanticLabel.Bench] = new(new(0.9f, 0.45f, 0.3f), 1.2f, new Rgb(120, 90, 62)),
        [SemanticLabel.LampPost] = new(new(0.15f, 2.2f, 0.15f), 0.6f, new Rgb(50, 52, 56)),
        [SemanticLabel.Sign] = new(new(0.4f, 1.1f, 0.1f), 0.6f, new Rgb(150, 120, 80)),
        [SemanticLabel.Bicycle] = new(new(0.3f, 0.5f, 0.9f), 1f, new Rgb(180, 40, 40)),
        [SemanticLabel.Barrel] = new(new(0.35f, 0.45f, 0.35f), 0.6f, new Rgb(120, 84, 52)),
        [SemanticLabel.Crate] = new(new(0.5f, 0.5f, 0.5f), 0.8f, new Rgb(160, 128, 84)),
        [SemanticLabel.Campfire] = new(new(0.6f, 0.2f, 0.6f), 1.2f, new Rgb(90, 70, 60)),
        [SemanticLabel.Tent] = new(new(1.5f, 1f, 2f), 2.6f, new Rgb(200, 120, 60)),

        // Generator v2's labels.
        [SemanticLabel.Acacia] = new(new(0.3f, 3.5f, 0.3f), 4.5f, new Rgb(112, 130, 58)),
        [SemanticLabel.Silo] = new(new(2.2f, 6f, 2.2f), 3.5f, new Rgb(178, 182, 186)),
        [SemanticLabel.MarketStall] = new(new(1.5f, 1.2f, 1.1f), 2.2f, new Rgb(186, 58, 50)),
        [SemanticLabel.Saloon] = new(new(6f, 4.5f, 5f), 8f, new Rgb(150, 110, 72)),
        [SemanticLabel.Gravestone] = new(new(0.35f, 0.45f, 0.12f), 0.7f, new Rgb(150, 148, 142)),
        [SemanticLabel.Shrine] = new(new(1.3f, 1.6f, 1.3f), 2.4f, new Rgb(176, 70, 52)),
        [SemanticLabel.Temple] = new(new(9f, 6f, 12f), 15f, new Rgb(214, 200, 170)),
        [SemanticLabel.Jetty] = new(new(1f, 0.4f, 6f), 6.5f, new Rgb(124, 96, 70)),
        [SemanticLabel.Fountain] = new(new(2.2f, 1.1f, 2.2f), 3f, new Rgb(178, 174, 166)),
        [SemanticLabel.Warehouse] = new(new(7f, 4f, 12f), 13f, new Rgb(140, 92, 70)),
        [SemanticLabel.Monastery] = new(new(12f, 8f, 14f), 18f, new Rgb(196, 186, 166)),
        [SemanticLabel.Cart] = new(new(0.9f, 0.7f, 1.6f), 2f, new Rgb(130, 96, 62)),
        [SemanticLabel.Shipwreck] = new(new(2.2f, 1.2f, 6f), 6.5f, new Rgb(92, 74, 58)),
        [SemanticLabel.Giraffe] = new(Vector3.Zero, 1.6f, new Rgb(204, 162, 92)),
        [SemanticLabel.Zebra] = new(Vector3.Zero, 1.2f, new Rgb(230, 228, 222)),
        [SemanticLabel.Donkey] = new(Vector3.Zero, 1f, new Rgb(130, 122, 116)),
        [SemanticLabel.Rider] = new(Vector3.Zero, 1.4f, new Rgb(122, 86, 58)),
    };

    private static readonly Entry Character = new(Vector3.Zero, 1f, new Rgb(150, 120, 90));

    // Where the drawn model stands taller than its collision box (roofs, spires, towers, a boat's cabin), metres at
    // scale 1: the renderer's nominal model heights. The view solver frames what is drawn, not what collides.
    private static readonly Dictionary<SemanticLabel, float> DrawnHeights = new()
    {
        [SemanticLabel.House] = 8.5f,
        [SemanticLabel.Cottage] = 6.5f,
        [SemanticLabel.Castle] = 20f,
        [SemanticLabel.Windmill] = 15f,
        [SemanticLabel.Church] = 19f,
        [SemanticLabel.Boat] = 2.2f,
        [SemanticLabel.Well] = 2.6f,
        [SemanticLabel.LampPost] = 4f,
        [SemanticLabel.Sign] = 2.2f,
        [SemanticLabel.Person] = 1.76f,
        [SemanticLabel.Rider] = 2.6f,
        [SemanticLabel.Giraffe] = 5f,
        [SemanticLabel.Camel] = 2.6f,
        [SemanticLabel.Horse] = 2.2f,
        [SemanticLabel.Zebra] = 2f,
        [SemanticLabel.Deer] = 1.9f,
        [SemanticLabel.Cow] = 1.8f,
        [SemanticLabel.Donkey] = 1.6f,
        [SemanticLabel.Sheep] = 1.1f,
        [SemanticLabel.Fountain] = 2.4f,
        [SemanticLabel.MarketStall] = 2.6f,
        [SemanticLabel.Shrine] = 3.3f,
        [SemanticLabel.Temple] = 11f,
        [SemanticLabel.Saloon] = 8.6f,
        [SemanticLabel.Monastery] = 18f,
        [SemanticLabel.Gravestone] = 1.1f,
        [SemanticLabel.Shipwreck] = 3f,
        [SemanticLabel.Cart] = 1.2f,
        [SemanticLabel.Warehouse] = 7.4f,
        [SemanticLabel.Acacia] = 7.5f,
    };

    /// <summary>Height of the drawn object at scale 1 (m): its collision box, or the model where that stands taller.</summary>
    public static float DrawnHeight(SemanticLabel label) =>
        MathF.Max(DrawnHeights.GetValueOrDefault(label), 2f * Get(label).HalfExtents.Y);

    public static Entry Get(SemanticLabel label) =>
        Entries.TryGetValue(label, out Entry e) ? e : (SemanticLabels.IsCharacter(label) ? Character : new Entry(new(0.5f, 0.5f, 0.5f), 1f, new Rgb(160, 160, 160)));

    /// <summary>Nominal tint varied per instance by up to ±<paramref name="amount"/> in each channel, from a hash.</summary>
    public static Rgb Vary(Rgb tint, ulong hash, float amount = 0.12f)
    {
        float k = 1f + (amount * ((2f * StableHash.ToUnitFloat(hash)) - 1f));
        float g = amount * 0.5f * ((2f * StableHash.ToUnitFloat(StableHash.Mix(hash))) - 1f);
        return new Rgb(Channel(tint.R * k), Channel(tint.G * (k + g)), Channel(tint.B * k));
    }

    private static byte Channel(float v) => (byte)Math.Clamp((int)(v + 0.5f), 0, 255);
}
