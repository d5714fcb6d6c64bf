// Checks that a screenshot is not blank, with no package and no network:
//   dotnet run .ci/check-screenshot.cs -- <file.png> [<minimum share of non-background pixels, default 0.02>]
// The PNG is decoded here (8-bit RGB or RGBA, non-interlaced, as Chromium writes them); the background is the colour of
// the top-left pixel. Blank means: too few pixels differ from the background, or too few distinct colours (a page that
// failed to render is one flat colour; a report has text, tables and charts in several colours).
using System.Buffers.Binary;
using System.IO.Compression;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: dotnet run .ci/check-screenshot.cs -- <file.png> [<minimum share>]");
    return 2;
}

var minimum = args.Length == 2 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0.02;
var bytes = File.ReadAllBytes(args[0]);
ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(signature))
{
    return Fail("not a PNG file");
}

int width = 0, height = 0, channels = 0;
var idat = new MemoryStream();
for (var at = 8; at + 8 <= bytes.Length;)
{
    var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at)));
    var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
    var data = bytes.AsSpan(at + 8, length);
    if (type == "IHDR")
    {
        width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
        height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
        var (depth, colour, interlace) = (data[8], data[9], data[12]);
        if (depth != 8 || interlace != 0 || colour is not (2 or 6))
        {
            return Fail($"unsupported PNG (bit depth {depth}, colour type {colour}, interlace {interlace})");
        }

        channels = colour == 6 ? 4 : 3;
    }
    else if (type == "IDAT")
    {
        idat.Write(data);
    }
    else if (type == "IEND")
    {
        break;
    }

    at += 12 + length;
}

if (width == 0 || height == 0)
{
    return Fail("no image header");
}

var stride = width * channels;
var pixels = new byte[height * stride];
idat.Position = 0;
using (var z = new ZLibStream(idat, CompressionMode.Decompress))
{
    var previous = new byte[stride];
    var row = new byte[stride + 1];
    for (var y = 0; y < height; y++)
    {
        z.ReadExactly(row);
        var current = pixels.AsSpan(y * stride, stride);
        for (var x = 0; x < stride; x++)
        {
            int left = x >= channels ? current[x - channels] : 0, up = previous[x], upLeft = x >= channels ? previous[x - channels] : 0;
            var predicted = row[0] switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException("unknown PNG filter " + row[0]),
            };
            current[x] = unchecked((byte)(row[x + 1] + predicted)); // PNG filters add modulo 256
        }

        current.CopyTo(previous);
    }
}

var background = (pixels[0], pixels[1], pixels[2]);
long differing = 0;
var colours = new HashSet<int>();
for (var i = 0; i < pixels.Length; i += channels)
{
    var (r, g, b) = (pixels[i], pixels[i + 1], pixels[i + 2]);
    if (Math.Abs(r - background.Item1) + Math.Abs(g - background.Item2) + Math.Abs(b - background.Item3) > 24)
    {
        differing++;
    }

    if (colours.Count < 4096)
    {
        colours.Add((r << 16) | (g << 8) | b);
    }
}

var share = (double)differing / ((long)width * height);
Console.WriteLine($"check-screenshot: {args[0]}: {width}x{height}, {share:P1} of the pixels differ from the background, {colours.Count}{(colours.Count == 4096 ? "+" : string.Empty)} colours");
if (share < minimum || colours.Count < 16)
{
    return Fail($"the screenshot is blank (at least {minimum:P0} of the pixels and 16 colours are expected)");
}

return 0;

static int Paeth(int a, int b, int c)
{
    int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

static int Fail(string message)
{
    Console.Error.WriteLine("check-screenshot: " + message);
    return 1;
}
