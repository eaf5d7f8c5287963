using System.Runtime.InteropServices;

namespace Nacre.Rendering.Egl;

/// <summary>
/// The few EGL 1.5 entry points and constants Nacre uses, bound to <c>libEGL.so.1</c> (glvnd). Extension functions
/// (<c>eglGetPlatformDisplayEXT</c>, device enumeration) are looked up with <see cref="GetProcAddress"/>.
/// </summary>
internal static partial class EglNative
{
    public const string Library = "libEGL.so.1";

    public const int Success = 0x3000;
    public const int None = 0x3038;
    public const int AlphaSize = 0x3021;
    public const int BlueSize = 0x3022;
    public const int GreenSize = 0x3023;
    public const int RedSize = 0x3024;
    public const int DepthSize = 0x3025;
    public const int SurfaceType = 0x3033;
    public const int RenderableType = 0x3040;
    public const int PbufferBit = 0x0001;
    public const int OpenGlBit = 0x0008;
    public const int Vendor = 0x3053;
    public const int Extensions = 0x3055;
    public const int OpenGlApi = 0x30A2;
    public const int ContextMajorVersion = 0x3098;
    public const int ContextMinorVersion = 0x30FB;
    public const int ContextOpenGlProfileMask = 0x30FD;
    public const int ContextOpenGlCoreProfileBit = 0x0001;
    public const int PlatformSurfacelessMesa = 0x31DD;
    public const int PlatformDeviceExt = 0x313F;
    public const int DrmDeviceFileExt = 0x3233;

    [LibraryImport(Library, EntryPoint = "eglGetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetProcAddress(string name);

    [LibraryImport(Library, EntryPoint = "eglInitialize")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool Initialize(nint display, out int major, out int minor);

    [LibraryImport(Library, EntryPoint = "eglTerminate")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool Terminate(nint display);

    [LibraryImport(Library, EntryPoint = "eglQueryString")]
    public static partial nint QueryString(nint display, int name);

    [LibraryImport(Library, EntryPoint = "eglChooseConfig")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static unsafe partial bool ChooseConfig(nint display, int* attributes, nint* configs, int configSize, out int count);

    [LibraryImport(Library, EntryPoint = "eglBindAPI")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool BindApi(int api);

    [LibraryImport(Library, EntryPoint = "eglCreateContext")]
    public static unsafe partial nint CreateContext(nint display, nint config, nint shareContext, int* attributes);

    [LibraryImport(Library, EntryPoint = "eglDestroyContext")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool DestroyContext(nint display, nint context);

    [LibraryImport(Library, EntryPoint = "eglMakeCurrent")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool MakeCurrent(nint display, nint draw, nint read, nint context);

    [LibraryImport(Library, EntryPoint = "eglGetCurrentContext")]
    public static partial nint GetCurrentContext();

    [LibraryImport(Library, EntryPoint = "eglGetError")]
    public static partial int GetError();

    [LibraryImport(Library, EntryPoint = "eglReleaseThread")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool ReleaseThread();

    public static string? QueryStringManaged(nint display, int name) => Marshal.PtrToStringUTF8(QueryString(display, name));

    public static string ErrorText() => $"EGL error 0x{GetError():X4}";
}
