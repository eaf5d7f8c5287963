namespace Nacre.Language.Directing;

/// <summary>Which one of several matching objects a subject means ("the tallest tree").</summary>
public enum Superlative { None, Nearest, Farthest, Tallest, Shortest, Largest, Smallest }
