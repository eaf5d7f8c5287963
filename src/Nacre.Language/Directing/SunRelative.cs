namespace Nacre.Language.Directing;

/// <summary>Sun placements relative to the camera's view: front light comes from behind the camera; backlight from behind the subject.</summary>
public enum SunRelative { BehindCamera, BehindSubject, Left, Right }
