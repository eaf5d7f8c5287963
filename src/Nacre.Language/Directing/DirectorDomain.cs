namespace Nacre.Language.Directing;

/// <summary>The three things a director steers. Decides persistence: story edits go to the world's edit log,
/// camera belongs to the take, light and atmosphere belong to the take unless kept.</summary>
public enum DirectorDomain { Camera, Atmosphere, Story }
