using System.Runtime.InteropServices;

namespace Nacre.Rendering.Egl;

/// <summary>
/// A headless OpenGL 3.3 core context from EGL, with no window and no X server: surfaceless Mesa (llvmpipe) on a
/// machine without a GPU, or an EGL device (an NVIDIA GPU) when one is present. Rendering goes into framebuffer
/// objects; the context has no default surface. One context is current on at most one thread at a time.
/// </summary>
public sealed unsafe class EglContext : IGlContext
{
    private const string InstallHint = "install libegl1 libegl-mesa0 libgl1-mesa-dri (./nacre does this)";

    private nint _display;
    private nint _context;

    private EglContext(nint display, nint context, string description)
    {
        _display = display;
        _context = context;
        Description = description;
    }

    public string Description { get; }

    /// <summary>
    /// Makes a context. <see cref="GlPlatform.Auto"/> reads <c>NACRE_EGL</c> (surfaceless|device), then prefers a GPU
    /// device and falls back to surfaceless Mesa.
    /// </summary>
    /// <exception cref="GraphicsUnavailableException">EGL is missing or no platform gives OpenGL 3.3 core.</exception>
    public static EglContext Create(GlPlatform platform = GlPlatform.Auto)
    {
        if (platform == GlPlatform.Auto)
        {
            string? env = Environment.GetEnvironmentVariable("NACRE_EGL")?.Trim();
            platform = env?.ToUpperInvariant() switch
            {
                null or "" or "AUTO" => GlPlatform.Auto,
                "SURFACELESS" => GlPlatform.Surfaceless,
                "DEVICE" => GlPlatform.Device,
                _ => throw new GraphicsUnavailableException($"NACRE_EGL='{env}' is not a platform: expected surfaceless or device"),
            };
        }
        try
        {
            return platform switch
            {
                GlPlatform.Surfaceless => CreateSurfaceless(),
                GlPlatform.Device => CreateOnDevice(requireHardware: false)
                    ?? throw new GraphicsUnavailableException("NACRE_EGL=device: no EGL device offers OpenGL 3.3 core"),
                _ => CreateOnDevice(requireHardware: true) ?? CreateSurfaceless(),
            };
        }
        catch (DllNotFoundException e)
        {
            throw new GraphicsUnavailableException($"OpenGL is not available: {EglNative.Library} was not found; {InstallHint}", e);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new GraphicsUnavailableException($"OpenGL is not available: {EglNative.Library} is too old ({e.Message}); {InstallHint}", e);
        }
    }

    public nint GetProcAddress(string name) => EglNative.GetProcAddress(name);

    public void MakeCurrent()
    {
        ObjectDisposedException.ThrowIf(_context == 0, this);
        if (!EglNative.MakeCurrent(_display, 0, 0, _context))
        {
            throw new InvalidOperationException($"eglMakeCurrent failed ({EglNative.ErrorText()}): is the context current on another thread?");
        }
    }

    public void ReleaseCurrent()
    {
        if (_context != 0 && EglNative.GetCurrentContext() == _context)
        {
            EglNative.MakeCurrent(_display, 0, 0, 0);
        }
    }

    public void Dispose()
    {
        if (_context == 0)
        {
            return;
        }
        ReleaseCurrent();
        EglNative.DestroyContext(_display, _context);
        // The display is shared by every context on it in this process (EGL returns the same handle), so it is
        // not terminated here: another renderer may still be using it.
        _context = 0;
        _display = 0;
    }

    private static EglContext CreateSurfaceless()
    {
        nint display = GetPlatformDisplay(EglNative.PlatformSurfacelessMesa, 0);
        if (display == 0)
        {
            throw new GraphicsUnavailableException($"OpenGL is not available: EGL has no surfaceless Mesa platform ({EglNative.ErrorText()}); {InstallHint}");
        }
        return CreateOn(display, "EGL surfaceless")
            ?? throw new GraphicsUnavailableException($"OpenGL is not available: surfaceless Mesa gives no OpenGL 3.3 core context ({EglNative.ErrorText()}); {InstallHint}");
    }

    /// <summary>A context on an EGL device; with <paramref name="requireHardware"/>, software devices are skipped.</summary>
    private static EglContext? CreateOnDevice(bool requireHardware)
    {
        var queryDevices = (delegate* unmanaged<int, nint*, int*, int>)EglNative.GetProcAddress("eglQueryDevicesEXT");
        var queryDeviceString = (delegate* unmanaged<nint, int, nint>)EglNative.GetProcAddress("eglQueryDeviceStringEXT");
        if (queryDevices == null || queryDeviceString == null)
        {
            return null;
        }
        const int MaxDevices = 16;
        nint* devices = stackalloc nint[MaxDevices];
        int count = 0;
        if (queryDevices(MaxDevices, devices, &count) == 0)
        {
            return null;
        }
        for (int i = 0; i < count; i++)
        {
            string extensions = Marshal.PtrToStringUTF8(queryDeviceString(devices[i], EglNative.Extensions)) ?? "";
            bool software = extensions.Contains("EGL_MESA_device_software", StringComparison.Ordinal);
            if (software && requireHardware)
            {
                continue;
            }
            nint display = GetPlatformDisplay(EglNative.PlatformDeviceExt, devices[i]);
            if (display == 0)
            {
                continue;
            }
            string file = Marshal.PtrToStringUTF8(queryDeviceString(devices[i], EglNative.DrmDeviceFileExt)) ?? "device";
            EglContext? context = CreateOn(display, $"EGL device {i} ({file})");
            if (context is not null)
            {
                return context;
            }
        }
        return null;
    }

    private static nint GetPlatformDisplay(int platform, nint nativeDisplay)
    {
        var getPlatformDisplay = (delegate* unmanaged<int, nint, int*, nint>)EglNative.GetProcAddress("eglGetPlatformDisplayEXT");
        if (getPlatformDisplay == null)
        {
            return 0;
        }
        return getPlatformDisplay(platform, nativeDisplay, null);
    }

    private static EglContext? CreateOn(nint display, string what)
    {
        if (!EglNative.Initialize(display, out _, out _))
        {
            return null;
        }
        nint config = ChooseConfig(display, withPbuffer: true);
        if (config == 0)
        {
            config = ChooseConfig(display, withPbuffer: false);
        }
        if (config == 0 || !EglNative.BindApi(EglNative.OpenGlApi))
        {
            return null;
        }
        int* attributes = stackalloc int[]
        {
            EglNative.ContextMajorVersion, 3,
            EglNative.ContextMinorVersion, 3,
            EglNative.ContextOpenGlProfileMask, EglNative.ContextOpenGlCoreProfileBit,
            EglNative.None,
        };
        nint context = EglNative.CreateContext(display, config, 0, attributes);
        if (context == 0)
        {
            return null;
        }
        string vendor = EglNative.QueryStringManaged(display, EglNative.Vendor) ?? "unknown vendor";
        return new EglContext(display, context, $"{what}, {vendor}");
    }

    private static nint ChooseConfig(nint display, bool withPbuffer)
    {
        int* attributes = stackalloc int[]
        {
            EglNative.RenderableType, EglNative.OpenGlBit,
            withPbuffer ? EglNative.SurfaceType : EglNative.None, EglNative.PbufferBit,
            EglNative.None,
        };
        nint config = 0;
        return EglNative.ChooseConfig(display, attributes, &config, 1, out int count) && count > 0 ? config : 0;
    }
}
