namespace Nacre.WorldGen.Layout;

/// <summary>The buildings (with their pads) one 256 m region holds. Immutable once made.</summary>
internal sealed class RegionPlan
{
    public List<PlacedObject> Objects { get; } = [];

    public List<Pad> Pads { get; } = [];

    public List<RoadSegment> Roads { get; } = [];
}
