namespace Nacre.Simulation.Directing;

/// <summary>What a story edit does. Stored in the world's edit log by name ("place", "move", "recolour", "remove").</summary>
public enum WorldEditKind { Place, Move, Recolour, Remove }
