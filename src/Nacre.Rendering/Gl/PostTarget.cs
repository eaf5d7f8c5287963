using Silk.NET.OpenGL;

namespace Nacre.Rendering.Gl;

/// <summary>An RGBA8 texture with its own framebuffer: one stage of the final tier's post-processing writes it, the next reads it.</summary>
internal sealed class PostTarget : IDisposable
{
    private readonly GL _gl;

    public unsafe PostTarget(GL gl, int width, int height)
    {
        _gl = gl;
        Width = Math.Max(width, 1);
        Height = Math.Max(height, 1);
        Texture = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, Texture);
        gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)Width, (uint)Height, 0, PixelFormat.Rgba, PixelType.UnsignedByte, null);
        SetLinearClamped(gl);
        Framebuffer = gl.GenFramebuffer();
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, Framebuffer);
        gl.FramebufferTexture2D(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0, TextureTarget.Texture2D, Texture, 0);
        GLEnum status = gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
        {
            throw new GraphicsUnavailableException($"a post-processing framebuffer ({Width}×{Height}) is incomplete ({status})");
        }
    }

    public int Width { get; }

    public int Height { get; }

    public uint Texture { get; }

    public uint Framebuffer { get; }

    /// <summary>Makes this the target of the next draw, over its whole size.</summary>
    public void BindAsTarget()
    {
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, Framebuffer);
        _gl.Viewport(0, 0, (uint)Width, (uint)Height);
    }

    /// <summary>Bilinear filtering, clamped at the edges: what every post stage samples with.</summary>
    public static void SetLinearClamped(GL gl)
    {
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    public void Dispose()
    {
        _gl.DeleteFramebuffer(Framebuffer);
        _gl.DeleteTexture(Texture);
    }
}
