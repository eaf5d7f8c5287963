using System.Reflection;
using Silk.NET.OpenGL;

namespace Nacre.Rendering.Gl;

/// <summary>
/// A linked GLSL 3.30 program built from the embedded shader files under <c>Shaders/</c>. Every stage gets the shared
/// <c>common.glsl</c> (the per-frame uniform block) and <c>lighting.glsl</c> (sky, fog, lighting, tone mapping),
/// after the optional <c>#define</c> lines (e.g. <c>LABELS</c>, which adds the label/depth output).
/// </summary>
internal sealed class ShaderProgram : IDisposable
{
    public const uint FrameBlockBinding = 0;
    public const int ShadowMapUnit = 1;
    public const int SkyLutUnit = 2;
    public const int CloudsUnit = 3;

    /// <summary>Texture units of the final tier's post-processing: the supersampled scene, its depth, a stage's input, the bloom.</summary>
    public const int SceneUnit = 4;
    public const int DepthUnit = 5;
    public const int SourceUnit = 6;
    public const int BloomUnit = 7;

    private readonly GL _gl;
    private readonly string _defines;

    public ShaderProgram(GL gl, string vertexFile, string? fragmentFile, params string[] defines)
    {
        _gl = gl;
        _defines = string.Concat(defines.Select(d => $"#define {d}\n"));
        Handle = gl.CreateProgram();
        uint vs = Compile(ShaderType.VertexShader, vertexFile);
        uint fs = Compile(ShaderType.FragmentShader, fragmentFile);
        gl.AttachShader(Handle, vs);
        gl.AttachShader(Handle, fs);
        gl.LinkProgram(Handle);
        gl.GetProgram(Handle, ProgramPropertyARB.LinkStatus, out int ok);
        if (ok == 0)
        {
            throw new InvalidOperationException($"shader program {vertexFile} + {fragmentFile} did not link: {gl.GetProgramInfoLog(Handle)}");
        }
        gl.DetachShader(Handle, vs);
        gl.DetachShader(Handle, fs);
        gl.DeleteShader(vs);
        gl.DeleteShader(fs);

        uint block = gl.GetUniformBlockIndex(Handle, "Frame");
        if (block != uint.MaxValue)
        {
            gl.UniformBlockBinding(Handle, block, FrameBlockBinding);
        }
        gl.UseProgram(Handle);
        foreach ((string sampler, int unit) in (ReadOnlySpan<(string, int)>)[("uShadowMap", ShadowMapUnit), ("uSkyLut", SkyLutUnit), ("uClouds", CloudsUnit),
            ("uScene", SceneUnit), ("uDepth", DepthUnit), ("uSource", SourceUnit), ("uBloom", BloomUnit)])
        {
            int location = gl.GetUniformLocation(Handle, sampler);
            if (location >= 0)
            {
                gl.Uniform1(location, unit);
            }
        }
    }

    public uint Handle { get; }

    private readonly Dictionary<string, int> _locations = [];

    /// <summary>A uniform's location (cached), or −1 when the program does not use it.</summary>
    public int Uniform(string name)
    {
        if (!_locations.TryGetValue(name, out int location))
        {
            location = _gl.GetUniformLocation(Handle, name);
            _locations[name] = location;
        }
        return location;
    }

    public void Use() => _gl.UseProgram(Handle);

    public void Dispose() => _gl.DeleteProgram(Handle);

    private uint Compile(ShaderType type, string? file)
    {
        string body = file is null ? "layout(location = 0) out vec4 oColor;\nvoid main() { oColor = vec4(1.0); }\n" : Load(file);
        string source = "#version 330 core\n" + _defines + Load("common.glsl") + Load("lighting.glsl") + "#line 1\n" + body;
        uint shader = _gl.CreateShader(type);
        _gl.ShaderSource(shader, source);
        _gl.CompileShader(shader);
        _gl.GetShader(shader, ShaderParameterName.CompileStatus, out int ok);
        if (ok == 0)
        {
            string log = _gl.GetShaderInfoLog(shader);
            _gl.DeleteShader(shader);
            throw new InvalidOperationException($"shader {file ?? "(depth only)"} did not compile: {log}");
        }
        return shader;
    }

    private static string Load(string file)
    {
        Assembly asm = typeof(ShaderProgram).Assembly;
        using Stream s = asm.GetManifestResourceStream("Nacre.Rendering.Shaders." + file)
            ?? throw new InvalidOperationException($"embedded shader '{file}' is missing from {asm.GetName().Name}");
        using var reader = new StreamReader(s);
        return reader.ReadToEnd() + "\n";
    }
}
