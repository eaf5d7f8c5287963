namespace Nacre.Language.Directing;

/// <summary>A physical camera move, named as on a film set (see shared FORMATS.md).</summary>
public enum CameraMoveKind
{
    /// <summary>Turn about the vertical axis; amount in degrees, positive = right.</summary>
    Pan,

    /// <summary>Turn about the camera's horizontal axis; degrees, positive = up.</summary>
    Tilt,

    /// <summary>Turn about the view axis; degrees, positive = clockwise as the viewer sees it.</summary>
    Roll,

    /// <summary>Travel along the view direction (level); metres, positive = in (forward). Push in / pull out.</summary>
    Dolly,

    /// <summary>Travel sideways; metres, positive = right.</summary>
    Truck,

    /// <summary>Travel straight up or down (pedestal, boom); metres, positive = up.</summary>
    Pedestal,

    /// <summary>Rise or sink on an arc while keeping the same point framed (crane, jib); metres, positive = up.</summary>
    Crane,
}
