namespace Nacre.Core;

/// <summary>Groups of <see cref="SemanticLabel"/> (by their numeric ranges) and their human names.</summary>
public static class SemanticLabels
{
    public static bool IsGround(SemanticLabel l) => (ushort)l is >= 1 and < 20;

    public static bool IsVegetation(SemanticLabel l) => (ushort)l is >= 20 and < 50;

    public static bool IsTree(SemanticLabel l) => l is SemanticLabel.Conifer or SemanticLabel.Broadleaf or SemanticLabel.Birch
        or SemanticLabel.Palm or SemanticLabel.JungleTree or SemanticLabel.Bamboo or SemanticLabel.DeadTree or SemanticLabel.Acacia;

    public static bool IsNaturalProp(SemanticLabel l) => (ushort)l is >= 50 and < 70;

    public static bool IsStructure(SemanticLabel l) => (ushort)l is >= 70 and < 120;

    /// <summary>Buildings proper: a person could go inside. Excludes fences, walls, bridges, piers, jetties, wells, fountains, gravestones and market stalls.</summary>
    public static bool IsBuilding(SemanticLabel l) => IsStructure(l) && l is not (SemanticLabel.Fence or SemanticLabel.Wall
        or SemanticLabel.Bridge or SemanticLabel.Pier or SemanticLabel.Well or SemanticLabel.Jetty or SemanticLabel.Fountain
        or SemanticLabel.Gravestone or SemanticLabel.MarketStall);

    public static bool IsProp(SemanticLabel l) => (ushort)l is >= 120 and < 160;

    public static bool IsVehicle(SemanticLabel l) => l is SemanticLabel.Car or SemanticLabel.Truck or SemanticLabel.Boat or SemanticLabel.Bicycle;

    public static bool IsCharacter(SemanticLabel l) => (ushort)l is >= 160 and < 200;

    /// <summary>Lower-case words for a label: "lamp post" for LampPost.</summary>
    public static string Name(SemanticLabel l)
    {
        string s = l.ToString();
        var sb = new System.Text.StringBuilder(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i]))
            {
                sb.Append(' ');
            }
            sb.Append(char.ToLowerInvariant(s[i]));
        }
        return sb.ToString();
    }
}
