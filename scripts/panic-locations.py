#!/usr/bin/env python3
"""Counts the panic locations in a wasm module's data: each `#[track_caller]` panic site
(indexing, `RefCell` borrows, `unwrap`, `expect`) stores a 16-byte `Location` (file pointer and
length, line, column) in `.rodata`. README, "Size".

    scripts/panic-locations.py target/wasm-size/metalab_bg.before-wasm-opt.wasm [N]

prints the total, the number in metalab's own `src/`, and with N the N files with most.
"""
import collections
import re
import struct
import sys


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if not x & 0x80:
            return r, i


def memory(wasm):
    """The active data segments laid out at their offsets (base, bytes)."""
    segs = {}
    pos = 8
    while pos < len(wasm):
        sid = wasm[pos]
        size, p = leb(wasm, pos + 1)
        if sid == 11:
            n, q = leb(wasm, p)
            for _ in range(n):
                flag, q = leb(wasm, q)
                if flag != 0 or wasm[q] != 0x41:
                    sys.exit("unexpected data segment form")
                off, q = leb(wasm, q + 1)
                q += 1  # end
                ln, q = leb(wasm, q)
                segs[off] = wasm[q : q + ln]
                q += ln
        pos = p + size
    base = min(segs)
    img = bytearray(max(o + len(v) for o, v in segs.items()) - base)
    for o, v in segs.items():
        img[o - base : o - base + len(v)] = v
    return base, bytes(img)


def main():
    base, img = memory(open(sys.argv[1], "rb").read())
    files = {(m.start() + base, len(m.group(0))): m.group(0).decode() for m in re.finditer(rb"[\w./~-]*\.rs", img)}
    count = collections.Counter()
    for a in range(0, len(img) - 16, 4):
        ptr, ln, line, col = struct.unpack_from("<IIII", img, a)
        if (ptr, ln) in files and 0 < line < 100000 and col < 1000:
            count[files[(ptr, ln)]] += 1
    own = sum(v for k, v in count.items() if k.startswith("src/"))
    print(f"{sum(count.values())} panic locations, {own} in src/, in {len(count)} files")
    for name, n in count.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 0):
        print(f"{n:6d} {name}")


main()
