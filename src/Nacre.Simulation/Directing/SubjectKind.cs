namespace Nacre.Simulation.Directing;

/// <summary>What a resolved subject is: a labelled object (generated, placed or an actor), a landform point, or the camera.</summary>
public enum SubjectKind { Object, Landform, Camera }
