using Nacre.Rendering.Egl;

namespace Nacre.Rendering;

/// <summary>Makes the GL contexts the renderer draws with. The renderer itself never creates one.</summary>
public static class GlContextFactory
{
    /// <summary>A headless context (no window): see <see cref="EglContext.Create"/>.</summary>
    /// <exception cref="GraphicsUnavailableException">EGL or Mesa is missing; the message says what to install.</exception>
    public static IGlContext CreateHeadless(GlPlatform platform = GlPlatform.Auto) => EglContext.Create(platform);
}
