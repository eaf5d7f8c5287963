using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>
/// Every model, built once into one vertex and one index array (uploaded as one buffer pair): the variants of each
/// label at three levels of detail. Labels without a model of their own fall back to a tinted block, so nothing
/// WorldGen emits is ever invisible.
/// </summary>
internal sealed class ModelLibrary
{
    private readonly Dictionary<SemanticLabel, ModelShape[]> _byLabel = [];
    private readonly Dictionary<string, ModelShape> _byName = new(StringComparer.Ordinal);

    public ModelLibrary()
    {
        var vertices = new List<ModelVertex>(40000);
        var indices = new List<uint>(60000);
        var builder = new ModelBuilder(vertices, indices);
        var shapes = new List<ModelShape>();
        var grouped = new Dictionary<SemanticLabel, List<ModelShape>>();
        foreach (ModelRecipe r in ModelCatalog.All().Append(ModelCatalog.Fallback))
        {
            var shape = new ModelShape
            {
                Name = r.Name,
                Height = r.Height,
                HalfX = r.HalfX,
                HalfZ = r.HalfZ,
                Fit = r.Fit,
                Sway = r.Sway,
                CastsShadow = r.CastsShadow,
                InRows = r.InRows,
                Slot = shapes.Count,
            };
            for (int lod = 0; lod < ModelShape.LodCount; lod++)
            {
                int first = indices.Count;
                builder.Seed = StableHash.Combine(StableHash.Of(r.Name), (ulong)lod);
                builder.Transform = System.Numerics.Matrix4x4.Identity;
                r.Build(builder, lod);
                shape.Lods[lod] = (first, indices.Count - first);
            }
            shapes.Add(shape);
            _byName[r.Name] = shape;
            if (!grouped.TryGetValue(r.Label, out List<ModelShape>? list))
            {
                grouped[r.Label] = list = [];
            }
            list.Add(shape);
        }
        foreach ((SemanticLabel label, List<ModelShape> list) in grouped)
        {
            _byLabel[label] = [.. list];
        }
        Fallback = _byLabel[SemanticLabel.None][0];
        Shapes = [.. shapes];
        Vertices = [.. vertices];
        Indices = [.. indices];
    }

    public ModelShape[] Shapes { get; }

    public ModelVertex[] Vertices { get; }

    public uint[] Indices { get; }

    public ModelShape Fallback { get; }

    /// <summary>The model for a label and variant byte (variants cycle when there are fewer models than values).</summary>
    public ModelShape For(SemanticLabel label, byte variant) =>
        _byLabel.TryGetValue(label, out ModelShape[]? list) ? list[variant % list.Length] : Fallback;

    /// <summary>
    /// The model an object is drawn with: crops and flowers by the world's <paramref name="planting"/> and where they
    /// grow (a field's crop, a band of tulips of one colour), everything else by <see cref="For(SemanticLabel, byte)"/>.
    /// </summary>
    /// <param name="o">The object.</param>
    /// <param name="planting">The world's crops and flowers.</param>
    public ModelShape For(in Nacre.WorldGen.PlacedObject o, Planting planting) => o.Label switch
    {
        SemanticLabel.Crop => _byName[PlantNames.Crop(planting.Crops, o.Position)],
        SemanticLabel.Flower => _byName[PlantNames.Flower(planting.Flowers, o.Position, o.Variant)],
        _ => For(o.Label, o.Variant),
    };

    /// <summary>The model of that name (names are unique), e.g. "vines" or "house gable 1".</summary>
    /// <exception cref="KeyNotFoundException">No model has that name.</exception>
    public ModelShape Named(string name) => _byName[name];

    public bool HasOwnModel(SemanticLabel label) => _byLabel.ContainsKey(label) && label != SemanticLabel.None;
}
