namespace Nacre.Rendering;

/// <summary>
/// No OpenGL context could be made: EGL or Mesa is missing, or no device offers OpenGL 3.3 core. The message says
/// what failed and how to fix it.
/// </summary>
public sealed class GraphicsUnavailableException : Exception
{
    public GraphicsUnavailableException(string message)
        : base(message)
    {
    }

    public GraphicsUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public GraphicsUnavailableException()
    {
    }
}
