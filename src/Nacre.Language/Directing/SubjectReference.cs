namespace Nacre.Language.Directing;

/// <summary>What kind of thing a subject query points at.</summary>
public enum SubjectReference
{
    /// <summary>Objects or landforms named by a noun ("the cabin", "the lake").</summary>
    Named,

    /// <summary>The camera itself ("here", "in front of me", "in front of the camera").</summary>
    Camera,

    /// <summary>The subject of the previous command ("it", "them", "there").</summary>
    Previous,
}
