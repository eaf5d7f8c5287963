using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Size and natural colour of things the director places: the world generator's own catalog
/// (<see cref="ObjectCatalog"/>), so a placed car is the size and colour of a generated one, with a natural coat or
/// clothing colour for each kind of character (the generator gives characters one neutral tint).
/// </summary>
public static class SpawnCatalog
{
    public static (Vector3 HalfExtents, Rgb Tint) Get(SemanticLabel label)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        return (e.HalfExtents, SemanticLabels.IsCharacter(label) ? CharacterTint(label) ?? e.Tint : e.Tint);
    }

    private static Rgb? CharacterTint(SemanticLabel label) => label switch
    {
        SemanticLabel.Person => new Rgb(70, 90, 140),
        SemanticLabel.Deer => new Rgb(150, 110, 70),
        SemanticLabel.Bird => new Rgb(60, 60, 66),
        SemanticLabel.Cow => new Rgb(90, 70, 55),
        SemanticLabel.Horse => new Rgb(120, 80, 50),
        SemanticLabel.Sheep => new Rgb(225, 222, 210),
        SemanticLabel.Dog => new Rgb(130, 100, 70),
        SemanticLabel.Fox => new Rgb(200, 100, 40),
        SemanticLabel.Wolf => new Rgb(120, 120, 120),
        SemanticLabel.Bear => new Rgb(80, 60, 45),
        _ => null,
    };
}
