// Checks what `dotnet pack` wrote, as an auditor would, with no network:
//   dotnet run .ci/check-packages.cs -- verify <packages folder> <commit>
//     every package is strong-named with the repository's key, carries full metadata (license, icon, readme, project
//     and repository URL, the commit, release notes), and every PDB in the symbol packages has a source-link map to
//     the canonical repository at that commit, with deterministic (/_/) paths and every document either mapped or
//     embedded;
//   dotnet run .ci/check-packages.cs -- compare <folder A> <folder B>
//     the two folders hold the same files with the same bytes (packages are also compared entry by entry, so a
//     difference names the file inside the package).
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var repositoryRoot = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", ".."));
var errors = new List<string>();

switch (args)
{
    case ["verify", var folder, var commit]:
        Verify(Path.GetFullPath(folder), commit);
        break;
    case ["compare", var a, var b]:
        Compare(Path.GetFullPath(a), Path.GetFullPath(b));
        break;
    default:
        Console.Error.WriteLine("usage: check-packages.cs verify <packages> <commit> | compare <folder A> <folder B>");
        return 2;
}

foreach (var error in errors)
{
    Console.Error.WriteLine("check-packages: " + error);
}

return errors.Count == 0 ? 0 : 1;

void Verify(string folder, string commit)
{
    var props = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Build.props"));
    var repositoryUrl = props.Descendants("RepositoryUrl").Single().Value.Trim();
    var publicKey = Convert.FromHexString(props.Descendants("PublicKey").Single().Value.Trim());
    var contentUrl = Regex.Replace(repositoryUrl, "^https://github.com/", "https://raw.githubusercontent.com/") + "/" + commit + "/*";

    var packages = Directory.GetFiles(folder, "*.nupkg").OrderBy(p => p, StringComparer.Ordinal).ToList();
    if (packages.Count == 0)
    {
        errors.Add("no package in " + folder);
    }

    foreach (var path in packages)
    {
        var name = Path.GetFileName(path);
        using var package = ZipFile.OpenRead(path);
        var nuspec = Nuspec(package);
        var m = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Meta(string element) => m.Elements().SingleOrDefault(e => e.Name.LocalName == element)?.Value;
        var repository = m.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
        var license = m.Elements().SingleOrDefault(e => e.Name.LocalName == "license");

        Expect(license?.Attribute("type")?.Value == "expression" && !string.IsNullOrWhiteSpace(license.Value), name, "has no license expression");
        Expect(Meta("projectUrl") == repositoryUrl, name, $"projectUrl is '{Meta("projectUrl")}', not {repositoryUrl}");
        Expect(repository?.Attribute("type")?.Value == "git" && repository.Attribute("url")?.Value == repositoryUrl, name, $"repository url is '{repository?.Attribute("url")?.Value}', not {repositoryUrl}");
        Expect(repository?.Attribute("commit")?.Value == commit, name, $"repository commit is '{repository?.Attribute("commit")?.Value}', not {commit}");
        Expect(repository?.Attribute("branch") is null, name, "names a branch: the same commit must give the same package from any branch");
        Expect(!string.IsNullOrWhiteSpace(Meta("releaseNotes")), name, "has no release notes");
        Expect(Meta("icon") is { } icon && package.GetEntry(icon) is not null, name, "has no icon");
        Expect(Meta("readme") is { } readme && package.GetEntry(readme) is not null, name, "has no readme");

        // A library's assemblies are under lib/; a .NET tool's under tools/, beside its dependencies, of which ours are checked.
        var assemblies = package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)
            && (e.FullName.StartsWith("lib/", StringComparison.Ordinal) || (e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.Name.StartsWith("AsnKinerja.", StringComparison.Ordinal)))).ToList();
        Expect(assemblies.Count > 0, name, "has no assembly");
        var symbolsPath = Path.ChangeExtension(path, ".snupkg");
        using var symbols = File.Exists(symbolsPath) ? ZipFile.OpenRead(symbolsPath) : null;
        Expect(symbols is not null, name, "has no symbol package");

        foreach (var entry in assemblies)
        {
            var where = name + "/" + entry.FullName;
            Expect(package.GetEntry(Path.ChangeExtension(entry.FullName, ".xml")) is not null, where, "has no XML documentation");
            using var pe = new PEReader(new MemoryStream(Read(entry)));
            var reader = pe.GetMetadataReader();
            var definition = reader.GetAssemblyDefinition();
            Expect(reader.GetBlobBytes(definition.PublicKey).AsSpan().SequenceEqual(publicKey), where, "is not signed with the repository's key");
            Expect((pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0, where, "has no strong-name signature");

            var codeView = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.CodeView).Select(pe.ReadCodeViewDebugDirectoryData).FirstOrDefault();
            var pdbEntry = symbols?.GetEntry(Path.ChangeExtension(entry.FullName, ".pdb"));
            if (pdbEntry is null)
            {
                Expect(false, where, "has no PDB in the symbol package");
                continue;
            }

            using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(pdbEntry)));
            VerifyPdb(where, provider.GetMetadataReader(), codeView.Guid, contentUrl);
        }
    }

    Console.WriteLine($"check-packages: {packages.Count} packages checked (strong names, metadata, source-link maps to {contentUrl})");
}

void VerifyPdb(string where, MetadataReader pdb, Guid expectedId, string contentUrl)
{
    var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    var id = new BlobContentId(pdb.DebugMetadataHeader!.Id);
    Expect(id.Guid == expectedId, where, "and its PDB do not belong together (PDB id differs)");

    var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
        .Select(pdb.GetCustomDebugInformation)
        .Where(c => pdb.GetGuid(c.Kind) == sourceLinkKind)
        .Select(c => pdb.GetBlobBytes(c.Value))
        .FirstOrDefault();
    if (sourceLink is null)
    {
        Expect(false, where, "has a PDB without a source-link map");
        return;
    }

    var map = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    Expect(map.Count == 1 && map.TryGetValue("/_/*", out var target) && target == contentUrl, where, "maps sources as " + System.Text.Encoding.UTF8.GetString(sourceLink) + ", not /_/* to " + contentUrl);

    var unmapped = new List<string>();
    var unreachable = new List<string>();
    foreach (var handle in pdb.Documents)
    {
        var path = pdb.GetString(pdb.GetDocument(handle).Name);
        var embedded = pdb.GetCustomDebugInformation(handle).Select(pdb.GetCustomDebugInformation).Any(c => pdb.GetGuid(c.Kind) == embeddedSourceKind);
        var mapped = path.StartsWith("/_/", StringComparison.Ordinal);
        var inRepository = mapped && !Regex.IsMatch(path, "/(obj|bin)/") && File.Exists(Path.Combine(repositoryRoot, path[3..]));
        if (!mapped)
        {
            unmapped.Add(path);
        }
        else if (!embedded && !inRepository)
        {
            unreachable.Add(path);
        }
    }

    Expect(pdb.Documents.Count > 0, where, "has a PDB without documents");
    Expect(unmapped.Count == 0, where, $"has {unmapped.Count} documents with build paths, not /_/ (not a CI build?), e.g. {unmapped.FirstOrDefault()}");
    Expect(unreachable.Count == 0, where, $"has {unreachable.Count} documents that are neither repository files nor embedded, e.g. {unreachable.FirstOrDefault()}");
}

void Compare(string a, string b)
{
    var left = Files(a);
    var right = Files(b);
    foreach (var missing in left.Keys.Except(right.Keys, StringComparer.Ordinal))
    {
        errors.Add($"{missing}: only in {a}");
    }

    foreach (var missing in right.Keys.Except(left.Keys, StringComparer.Ordinal))
    {
        errors.Add($"{missing}: only in {b}");
    }

    var same = 0;
    foreach (var file in left.Keys.Intersect(right.Keys, StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal))
    {
        var x = File.ReadAllBytes(left[file]);
        var y = File.ReadAllBytes(right[file]);
        if (x.AsSpan().SequenceEqual(y))
        {
            same++;
            continue;
        }

        errors.Add($"{file}: differs ({Hash(x)} against {Hash(y)})");
        if (file.EndsWith(".nupkg", StringComparison.Ordinal) || file.EndsWith(".snupkg", StringComparison.Ordinal))
        {
            using var za = new ZipArchive(new MemoryStream(x));
            using var zb = new ZipArchive(new MemoryStream(y));
            foreach (var entry in za.Entries)
            {
                var other = zb.GetEntry(entry.FullName);
                if (other is null)
                {
                    errors.Add($"  {entry.FullName}: only in the first");
                }
                else if (!Read(entry).AsSpan().SequenceEqual(Read(other)))
                {
                    errors.Add($"  {entry.FullName}: differs");
                }
                else if (entry.LastWriteTime != other.LastWriteTime)
                {
                    errors.Add($"  {entry.FullName}: same bytes, timestamps {entry.LastWriteTime:O} and {other.LastWriteTime:O} (is SOURCE_DATE_EPOCH set?)");
                }
            }
        }
    }

    if (left.Count == 0)
    {
        errors.Add("nothing to compare in " + a);
    }

    Console.WriteLine($"check-packages: {same} of {left.Count} files identical in {a} and {b}");
}

static Dictionary<string, string> Files(string root) =>
    Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);

static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant();

static byte[] Read(ZipArchiveEntry entry)
{
    using var stream = entry.Open();
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}

static XDocument Nuspec(ZipArchive package)
{
    var entry = package.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var stream = entry.Open();
    return XDocument.Load(stream);
}

void Expect(bool condition, string where, string what)
{
    if (!condition)
    {
        errors.Add(where + " " + what);
    }
}
