using Silk.NET.OpenGL;

namespace Nacre.Rendering.Gl;

/// <summary>
/// A program built twice: plain (colour only, what the studio streams) and with the <c>LABELS</c> output (semantic
/// label, instance index and distance), so frames that do not ask for labels do not pay for writing them.
/// </summary>
internal sealed class ShaderPair : IDisposable
{
    private readonly ShaderProgram _plain;
    private readonly ShaderProgram _labels;

    public ShaderPair(GL gl, string vertexFile, string fragmentFile)
    {
        _plain = new ShaderProgram(gl, vertexFile, fragmentFile);
        _labels = new ShaderProgram(gl, vertexFile, fragmentFile, "LABELS");
    }

    public ShaderProgram Get(bool labels) => labels ? _labels : _plain;

    public void Dispose()
    {
        _plain.Dispose();
        _labels.Dispose();
    }
}
