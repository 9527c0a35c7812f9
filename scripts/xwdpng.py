"""An X window dump (xwd) as a PNG, without ImageMagick: for the screenshots the scripts take on
a virtual display (scripts/libreoffice-check, scripts/screenshot-neovim).

Usage: xwd -root -silent | python3 scripts/xwdpng.py OUT.png
"""
import struct
import sys
import zlib


def xwd_to_png(xwd, png):
    """A TrueColor, 32-bit XWD dump (Xvfb's, at depth 24) as an RGB PNG."""
    header = struct.unpack(">25I", xwd[:100])
    size, width, height, byte_order, bpp, stride, ncolors = (header[0], header[4], header[5], header[7],
                                                              header[11], header[12], header[19])
    if bpp != 32:
        sys.exit(f"xwd: {bpp} bits per pixel, not 32")
    pixels = xwd[size + 12 * ncolors:]
    rows = bytearray()
    for y in range(height):
        row = pixels[y * stride:y * stride + 4 * width]
        rows.append(0)
        if byte_order == 0:  # LSBFirst: B G R X
            rgb = bytearray(3 * width)
            rgb[0::3], rgb[1::3], rgb[2::3] = row[2::4], row[1::4], row[0::4]
        else:  # MSBFirst: X R G B
            rgb = bytearray(3 * width)
            rgb[0::3], rgb[1::3], rgb[2::3] = row[1::4], row[2::4], row[3::4]
        rows += rgb

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    with open(png, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    xwd_to_png(sys.stdin.buffer.read(), sys.argv[1])
