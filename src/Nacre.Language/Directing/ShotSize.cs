namespace Nacre.Language.Directing;

/// <summary>Shot sizes, widest first, with their shot-list abbreviations (FORMATS.md).</summary>
public enum ShotSize
{
    /// <summary>EWS: the subject small in its surroundings.</summary>
    Establishing,

    /// <summary>WS / LS: the subject whole with plenty of room.</summary>
    Wide,

    /// <summary>FS: head to toe, the subject just fills the frame height.</summary>
    Full,

    /// <summary>MWS / "cowboy": from the knees up.</summary>
    MediumWide,

    /// <summary>MS: waist up.</summary>
    Medium,

    /// <summary>MCU: chest up.</summary>
    MediumCloseUp,

    /// <summary>CU: the face, or a building's front filling the frame.</summary>
    CloseUp,

    /// <summary>ECU: a detail.</summary>
    ExtremeCloseUp,
}
