using Silk.NET.OpenGL;

namespace Nacre.Rendering.Gl;

/// <summary>
/// A program built twice: plain (colour only, what the studio streams) and with the <c>LABELS</c> output (semantic
/// label, instance index and distance), so frames that do not ask for labels do not pay for writing them. Extra defines
/// (e.g. <c>FINAL</c>, the final tier's per-pixel lighting) go into both.
/// </summary>
internal sealed class ShaderPair : IDisposable
{
    private readonly ShaderProgram _plain;
    private readonly ShaderProgram _labels;

    public ShaderPair(GL gl, string vertexFile, string fragmentFile, params string[] defines)
    {
        _plain = new ShaderProgram(gl, vertexFile, fragmentFile, defines);
        _labels = new ShaderProgram(gl, vertexFile, fragmentFile, [.. defines, "LABELS"]);
    }

    public ShaderProgram Get(bool labels) => labels ? _labels : _plain;

    public void Dispose()
    {
        _plain.Dispose();
        _labels.Dispose();
    }
}
