namespace Nacre.Language.Directing;

/// <summary>Shot size abbreviations and names, as on a shot list.</summary>
public static class ShotSizes
{
    public static string Abbreviation(ShotSize size) => size switch
    {
        ShotSize.Establishing => "EWS",
        ShotSize.Wide => "WS",
        ShotSize.Full => "FS",
        ShotSize.MediumWide => "MWS",
        ShotSize.Medium => "MS",
        ShotSize.MediumCloseUp => "MCU",
        ShotSize.CloseUp => "CU",
        _ => "ECU",
    };

    public static string Name(ShotSize size) => size switch
    {
        ShotSize.Establishing => "establishing shot",
        ShotSize.Wide => "wide shot",
        ShotSize.Full => "full shot",
        ShotSize.MediumWide => "medium wide shot",
        ShotSize.Medium => "medium shot",
        ShotSize.MediumCloseUp => "medium close-up",
        ShotSize.CloseUp => "close-up",
        _ => "extreme close-up",
    };
}
