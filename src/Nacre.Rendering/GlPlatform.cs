namespace Nacre.Rendering;

/// <summary>Which EGL platform a headless context comes from.</summary>
public enum GlPlatform
{
    /// <summary>A GPU device when one is present (not a software rasteriser), otherwise surfaceless Mesa. The
    /// environment variable <c>NACRE_EGL=surfaceless|device</c> overrides the choice.</summary>
    Auto,

    /// <summary><c>EGL_PLATFORM_SURFACELESS_MESA</c>: Mesa, llvmpipe on a machine without a GPU.</summary>
    Surfaceless,

    /// <summary><c>EGL_PLATFORM_DEVICE_EXT</c>: an EGL device, e.g. an NVIDIA GPU.</summary>
    Device,
}
