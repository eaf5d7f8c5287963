namespace Nacre.Rendering;

/// <summary>
/// Which of the renderer's two tiers draws a frame. <see cref="Live"/> holds the real-time budget (studio, bench, agents);
/// <see cref="Final"/> spends up to about a second and a half a 720p frame on what a person keeps (stills, takes).
/// </summary>
public enum RenderQuality
{
    /// <summary>Lighting per vertex, hardware-filtered shadows, one sample a pixel: the studio's real-time look.</summary>
    Live,

    /// <summary>
    /// Lighting, ground detail and soft shadows per pixel, drawn supersampled, then screen-space ambient occlusion, bloom,
    /// depth of field and (on fast camera moves) motion blur.
    /// </summary>
    Final,
}
