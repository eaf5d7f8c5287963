using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Nacre.Studio;

/// <summary>
/// Serves the web client from resources embedded in this assembly (<c>wwwroot/…</c>, folder layout kept), so the
/// studio needs no content folder beside the binary. Read-only; never changes while the process runs.
/// </summary>
internal sealed class EmbeddedWebRoot : IFileProvider
{
    private const string Prefix = "wwwroot";
    private readonly Assembly _assembly = typeof(EmbeddedWebRoot).Assembly;
    private readonly HashSet<string> _names;
    private readonly DateTimeOffset _built;

    public EmbeddedWebRoot()
    {
        _names = [.. _assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + "/", StringComparison.Ordinal))];
        _built = File.GetLastWriteTimeUtc(_assembly.Location);
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        string name = Prefix + "/" + subpath.TrimStart('/');
        return _names.Contains(name) ? new ResourceFile(_assembly, name, _built) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ResourceFile(Assembly assembly, string name, DateTimeOffset lastModified) : IFileInfo
    {
        public bool Exists => true;

        public long Length
        {
            get
            {
                using Stream s = CreateReadStream();
                return s.Length;
            }
        }

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(name);

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() =>
            assembly.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"embedded resource '{name}' is missing");
    }
}
