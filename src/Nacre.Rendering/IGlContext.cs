namespace Nacre.Rendering;

/// <summary>
/// An OpenGL context made by someone else (the Veldrid seam): the renderer loads GL functions through
/// <see cref="GetProcAddress"/> and makes the context current around its work, but never creates or chooses one.
/// That is what lets one renderer run on headless Mesa, on an NVIDIA GPU and in tests.
/// </summary>
public interface IGlContext : IDisposable
{
    /// <summary>Human description, e.g. "EGL surfaceless (Mesa llvmpipe)".</summary>
    string Description { get; }

    /// <summary>Address of a GL function, or 0 when the driver lacks it.</summary>
    nint GetProcAddress(string name);

    /// <summary>Makes the context current on the calling thread.</summary>
    void MakeCurrent();

    /// <summary>Releases the context from the calling thread, so another thread may make it current.</summary>
    void ReleaseCurrent();
}
