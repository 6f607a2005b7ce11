#!/usr/bin/env python3
"""Print CPython 3.11's answers for the cases checked by tests/format.rs.

Usage: python3 tests/format_cases.py > tests/format_cases.json

`hash(str)` depends on the hash seed: the script reruns itself with PYTHONHASHSEED=0, the
setting of the test oracle (tests/gen_expected.py).

Every expected value below is computed by the running CPython; nothing is
taken from metalab.  Floats travel as 16-hex-digit bit patterns, big ints as
decimal strings.  An error is {"err": "ValueError", "msg": "..."}.
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))

rng = random.Random(20240611)


def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def outcome(fn):
    try:
        return fn()
    except MemoryError:
        return {"err": "MemoryError", "msg": ""}
    except Exception as e:  # noqa: BLE001 - we record whatever CPython raises
        return {"err": type(e).__name__, "msg": str(e)}


# ---------------------------------------------------------------- floats
special = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.2, 0.3,
           1 / 3, 2 / 3, 1e16, 1e-5, 1.5e-7, 123456789012345.0, 1234567890123456.0, 12345678901234567.0,
           9999999999999998.0, 1e15, 1e17, 1e22, 1e23, 1e100, 1e-100, 0.0001, 0.00001, 0.001, 1e-4,
           9.999999999999999e-5, 2.675, 0.5, 1.5, 2.5, -2.5, 1234.5678, 1e300, 123.456, 100.0, 3.14159,
           2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074, 2.0 ** -1022, 0.125, 1e308, 4.35,
           1.005, 0.045, 5e-5, 0.95, 9.5, 99.5, 999999.5, 0.000123456, 1234567.0, -1234567.891, 1e21,
           123456789.0, 0.000001, 1.25, 1.35, 2.345, 8.5, 7.0, -7.5, 42.0, 1e-7, 3e-310]
floats = list(special)
for e in range(-30, 31):
    floats.append(10.0 ** e)
    floats.append(-(10.0 ** e) * 1.5)
for _ in range(1200):  # raw bit patterns
    floats.append(from_bits(rng.getrandbits(64)))
for _ in range(500):  # "ordinary" magnitudes
    floats.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-12, 20))
for _ in range(200):  # short decimals
    floats.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
for _ in range(400):  # dyadic values near 1e14..1e16: exact ties between shortest candidates
    floats.append(rng.randint(10 ** 13, 10 ** 16) / 2.0 ** rng.randint(1, 4) * rng.choice([1, -1]))
for _ in range(200):  # large integers
    floats.append(float(rng.getrandbits(rng.randint(54, 90))))
for _ in range(100):  # subnormals
    floats.append(from_bits(rng.getrandbits(52)))

float_repr = [[bits(f), repr(f)] for f in floats]

# ---------------------------------------------------------------- specs
float_specs = ["", "f", ".2f", ".0f", ".10f", "e", ".3e", ".0e", "E", "g", ".3g", ".0g", ".10g", "G", "%",
               ".1%", "n", ".3n", ".3", ".1", ".17", ".20", "10", "<10", "^10", ">10", "=10", "010", "+", " ",
               "-", "+.2f", " .2e", "010.2f", "+010.2f", "-010.3g", "x<12.3f", "*^15.4e", "0=12.1f", ",",
               ",.2f", "_.3f", ",.0f", "015,.2f", "012,", "_g", ",e", "#", "#.0f", "#.0e", "#g", "#.3g",
               "#.10g", "#10.3", "z", "z.2f", "z.1e", "z.0f", "+z.2f", ".2z", "#x", "d", "s", "c", "abc",
               ".", ",_", "_,", ",n", "_n", ".5n", "20,.3e", "é>8", "\u4e2d^9.2f", "0<8", "0>8", "0^8",
               ".30f", ".50e", ".100g", "#.20g", "ℤ=9", "12F", ".3F", "F", ".3E", ".2G", "#.0%", "+%",
               "99999999999999999999", ".99999999999999999999", ".2147483648f", "٣", ".٢f", "x<١٠"]
float_vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, -0.1, 1234.5678, -1234.5678, 1e16, 1e-5, 123456789.125,
              1e22, 1e-10, 6.02214076e23, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308,
              0.000123456, 9.9999, 99.99, 0.995, -0.0001, 1e100, 12345.0, 0.125, 3.0, 100.0, 1e15, 2.675,
              -999999.9999]
format_float = []
for v in float_vals:
    for s in float_specs:
        format_float.append([bits(v), s, outcome(lambda: format(v, s))])
# random spec combinations
aligns = ["", "<", ">", "^", "=", "*<", "0>", "_^", "x="]
signs = ["", "+", "-", " "]
types_f = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
for _ in range(1500):
    v = rng.choice(floats[:400] + float_vals)
    s = (rng.choice(aligns) + rng.choice(signs) + rng.choice(["", "", "z"]) + rng.choice(["", "#"]) +
         rng.choice(["", "", "0"]) + rng.choice(["", "", "1", "8", "13", "25"]) + rng.choice(["", "", ",", "_"]) +
         rng.choice(["", "", ".0", ".1", ".2", ".4", ".7", ".12", ".17"]) + rng.choice(types_f))
    format_float.append([bits(v), s, outcome(lambda: format(v, s))])

int_specs = ["d", "5d", "<5", "^7", "=8", "08", "+", " ", "-", "+08", ",", "_", "010,", "012_", ",d", "b", "#b",
             "o", "#o", "x", "#x", "X", "#X", "_b", "#_x", "#010_b", "_o", ",x", ",b", "c", "5c", "<5c", "05c",
             "+c", "#c", "n", ",n", "_n", "e", ".2e", "f", ".3f", "g", "%", ".1%", ",.2f", "E", "G", "F", ".2",
             "z", "zd", "s", "abc", "x<10", "*^12,", "é>6", "#08x", "+#x", " #o", "=+10", "0=10", "-#b", "08n",
             "a", "\x01", "\xe9", "99999999999999999999", ".3s", "0,", "٣", "x<١٠", "٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣"]
int_vals = ["0", "1", "-1", "7", "-42", "255", "-255", "1000", "65", "1234567", "-1234567890", "97", "1114111",
            "1114112", "-5", str(2 ** 64), str(-(2 ** 100)), str(10 ** 30), str(10 ** 400), "9007199254740993"]
format_int = []
for v in int_vals:
    for s in int_specs:
        format_int.append([v, s, outcome(lambda: format(int(v), s))])
types_i = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%"]
for _ in range(1200):
    v = rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(-2 ** 70, 2 ** 70), rng.randint(0, 200)])
    s = (rng.choice(aligns) + rng.choice(signs) + rng.choice(["", "#", ""]) + rng.choice(["", "", "0"]) +
         rng.choice(["", "", "1", "9", "14", "30"]) + rng.choice(["", "", ",", "_"]) + rng.choice(["", "", "", ".3"]) +
         rng.choice(types_i))
    format_int.append([str(v), s, outcome(lambda: format(v, s))])

str_specs = ["s", "10", "<10", ">10", "^10", "^9", "*^9", "x>7", ".2", ".0", "10.3", "^10.4s", "05", "0>5", "=5",
             "+", " ", "-", "z", "#", ",", "_", "d", "abc", ".", "é^7", "\u4e2d<5", "3", ".10", "\x01",
             "99999999999999999999", "٥", "x>١٠"]
str_vals = ["", "a", "abc", "hello world", "日本語テキスト", "é", "😀x", "tab\there"]
format_str = []
for v in str_vals:
    for s in str_specs:
        format_str.append([v, s, outcome(lambda: format(v, s))])

# random spec strings over the spec alphabet, for error precedence
alphabet = "<>=^+- z#00123456789,_.%bcdeEfFgGnosxX*é."
format_fuzz = []
for _ in range(1500):
    spec = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
    kind = rng.choice(["int", "float", "str"])
    if kind == "int":
        v = rng.choice([0, 5, -17, 1234567, 97, -(2 ** 40)])
        format_fuzz.append([kind, str(v), spec, outcome(lambda: format(v, spec))])
    elif kind == "float":
        v = rng.choice([0.0, -0.0, 1.5, -1234.5678, 1e20, 3e-7, math.inf, math.nan])
        format_fuzz.append([kind, bits(v), spec, outcome(lambda: format(v, spec))])
    else:
        v = rng.choice(["", "abc", "日本"])
        format_fuzz.append([kind, v, spec, outcome(lambda: format(v, spec))])

# ---------------------------------------------------------------- str repr
str_cases = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\r\t", "\x00\x01\x1f\x7f", "\x80\x9f\xa0",
             "\xad", "é", "日本語", "\u2028\u2029", "\u200b", "\ufeff", "😀", "\U000e0001", "\U0010ffff", "\ufffd",
             "\u0378", "Ω≈ç√", "\x1b[0m", "\U0001f600\u0301", "a\u00a0b", "\u3000", "\u1680", "\U000f0000"]
for _ in range(400):
    n = rng.randint(1, 6)
    cs = []
    for _ in range(n):
        r = rng.random()
        if r < 0.3:
            c = rng.randint(0, 0x7F)
        elif r < 0.5:
            c = rng.randint(0x80, 0x3FF)
        elif r < 0.8:
            c = rng.randint(0x400, 0xFFFF)
        else:
            c = rng.randint(0x10000, 0x10FFFF)
        if 0xD800 <= c <= 0xDFFF:
            c = 0x41
        cs.append(chr(c))
    str_cases.append("".join(cs))
str_repr = [[s, repr(s), ascii(s)] for s in str_cases]

# ---------------------------------------------------------------- parsing
int_lits = [("0", 10), ("-0", 10), ("  42  ", 10), ("+7", 10), ("-12_345", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
            ("abc", 10), ("abc", 16), ("ABC", 16), ("0x1f", 16), ("0x1f", 0), ("0X_1F", 0), ("0x", 16), ("0x_", 0),
            ("0b101", 0), ("0b102", 0), ("0B1", 2), ("0o17", 0), ("0o18", 8), ("017", 0), ("00", 0), ("0_0", 0),
            ("0", 0), ("-0x10", 0), ("- 1", 10), ("1 2", 10), ("", 10), ("   ", 10), ("1e5", 10), ("1.0", 10),
            ("z", 36), ("Z", 36), ("zz", 35), ("10", 2), ("12", 2), ("1", 1), ("1", 37), ("1", 0), ("9", 8),
            ("٣", 10), ("١٢٣", 10), ("\u00a012\u2028", 10), ("\x0c12\x0b", 10), ("\x1c12", 10), ("1\x00", 10),
            ("é", 10), ("0x1_2_3", 16), ("0b_1", 2), ("0b__1", 2), ("+-1", 10), ("１２", 10), ("a" * 300, 10),
            ("1" * 4300, 10), ("1" * 4301, 10), ("1" * 5000, 16), ("12" + "_3" * 2200, 10), ("0" * 50 + "1", 10),
            ("-" + "9" * 40, 10), ("DeadBeef", 16), ("0xdeadbeefcafebabe1234", 0), ("0o", 8), ("0b", 0)]
parse_int = []
for s, b in int_lits:
    r = outcome(lambda: int(s, b))
    if isinstance(r, int):
        sys.set_int_max_str_digits(0)  # only for printing the expected value
        r = str(r)
        sys.set_int_max_str_digits(4300)
    parse_int.append([s, b, r])

float_lits = ["0", "1", "-1.5", "  3.25  ", "1e10", "1E-5", "1e+5", ".5", "5.", ".", "e5", "1e", "1e+", "inf",
              "-inf", "+inf", "INF", "Infinity", "-infinity", "infinit", "nan", "-nan", "+NaN", "nAn", "1_000.5",
              "1__0", "_1", "1_", "1_.5", "1._5", "1.5_5", "1e1_0", "1_e5", "0x10", "1e500", "-1e500", "1e-400",
              "", "   ", "abc", "1.5abc", "\u00a01.5\u2028", "٣.٥", "1 2", "1\x00", "4.9e-324", "2.4703282292062328e-324",
              "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "123456789012345678901234567890",
              "1" * 400, "0." + "0" * 300 + "1", "9007199254740993", "+.5e-3", "-.5E+3", "e", "1.2.3", "--1", "in f",
              "2.5e-08", "1.00000000000000011102230246251565404236316680908203125"]
parse_float = []
for s in float_lits:
    r = outcome(lambda: bits(float(s)))
    if isinstance(r, str) and math.isnan(float(s)):
        r = "nan"
    parse_float.append([s, r])

# ---------------------------------------------------------------- arithmetic
def rand_big():
    k = rng.choice([1, 10, 30, 53, 54, 60, 64, 100, 200, 1000, 1100])
    v = rng.getrandbits(k) + 1
    return -v if rng.random() < 0.4 else v


true_div_pairs = [(1, 3), (2, 3), (-1, 3), (0, 5), (0, -5), (10 ** 400, 10 ** 399), (1, 10 ** 400), (-1, 10 ** 400),
                  (10 ** 400, 1), (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1), (1, 0), (0, 0),
                  (2 ** 53 + 1, 1), (2 ** 54 + 3, 2), (10 ** 30, 7), (7, 10 ** 30), (2 ** 1100, 2 ** 1100 + 1),
                  (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1075 - 1), (10 ** 320, 10 ** 630),
                  (-(10 ** 300), 3)]
for _ in range(400):
    true_div_pairs.append((rand_big(), rand_big()))
int_true_div = [[str(a), str(b), outcome(lambda: bits(a / b))] for a, b in true_div_pairs]

divmod_vals = [5.0, -5.0, 0.0, -0.0, 1.5, -1.5, 7.25, 0.1, 1e300, -1e-300, 3.0, math.inf, -math.inf, 2.0, -2.0, 1e-320]
float_divmod = []
for x in divmod_vals:
    for y in divmod_vals:
        if y == 0.0 or math.isinf(x):
            continue
        float_divmod.append([bits(x), bits(y), bits(x // y), bits(x % y)])
for _ in range(300):
    x = rng.uniform(-100, 100) * 10.0 ** rng.randint(-5, 5)
    y = rng.uniform(-10, 10) * 10.0 ** rng.randint(-3, 3)
    float_divmod.append([bits(x), bits(y), bits(x // y), bits(x % y)])

round_cases = [(2.675, 2), (0.5, None), (1.5, None), (2.5, None), (-0.5, None), (-1.5, None), (1234.5678, -2),
               (0.125, 2), (0.375, 2), (1.005, 2), (-0.4, 0), (0.4, 0), (5e-324, 323), (5e-324, 324), (1e300, -300),
               (1.7976931348623157e308, -308), (1.7976931348623157e308, -309), (123.456, 400), (123.456, -400),
               (-123.456, -400), (0.5, 0), (1.5, 0), (2.5, 0), (15.0, -1), (25.0, -1), (35.0, -1), (-25.0, -1),
               (1e22, -21), (math.inf, 2), (math.nan, 2), (-math.inf, -2), (1e-300, 300), (2.5e-300, 300)]
for _ in range(400):
    x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-10, 20)
    round_cases.append((x, rng.choice([None, 0, 1, 2, 3, 5, 8, 12, -1, -2, -5])))
round_float = []
for x, n in round_cases:
    if n is None:
        round_float.append([bits(x), None, str(round(x))])
    else:
        round_float.append([bits(x), n, outcome(lambda: bits(round(x, n)))])

round_int_cases = [(1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (1249, -2), (-1251, -2), (5, -1), (15, -1),
                   (25, -1), (-5, -1), (0, -3), (499, -3), (500, -3), (501, -3), (1500, -3), (2500, -3),
                   (123456789, -100), (10 ** 50 + 5 * 10 ** 29, -30), (10 ** 50 + 15 * 10 ** 29, -30)]
for _ in range(200):
    round_int_cases.append((rand_big(), -rng.randint(1, 40)))
round_int = [[str(v), n, str(round(v, n))] for v, n in round_int_cases]

# ---------------------------------------------------------------- hashes
hash_ints = [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61 - 1), -(2 ** 61), 2 ** 64, -(2 ** 64), 10 ** 100,
             -(10 ** 100), 2 ** 122 - 1]
for _ in range(300):
    hash_ints.append(rand_big())
hash_int = [[str(v), hash(v)] for v in hash_ints]
hash_float = [[bits(f), hash(f)] for f in floats if not math.isnan(f)]
tuples = [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2,), (0.5, 1), (1.0, 1), ((),), ((1, 2), (3,)), (math.inf, -1.5)]
for _ in range(200):
    n = rng.randint(0, 6)
    tuples.append(tuple(rng.choice([rng.randint(-10 ** 9, 10 ** 9), rng.uniform(-1e6, 1e6), rand_big()]) for _ in range(n)))
hash_tuple = [[[str(hash(x)) for x in t], hash(t)] for t in tuples]

float_to_int = [[bits(f), str(int(f))] for f in floats if math.isfinite(f)]

# Strings of every storage width (1, 2 and 4 bytes a character) and length.
str_rng = random.Random(20250101)
ranges = [(0x20, 0x7E), (0x80, 0xFF), (0x100, 0x7FF), (0x4E00, 0x9FFF), (0xE000, 0xFFFF), (0x1F300, 0x1FAFF),
          (0x10000, 0x10FFFF)]
texts = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "hello world", "__init__", "é", "ÿ", "Ā", "中文", "😀",
         "\x00", "a\U0010ffff"]
for _ in range(600):
    picked = str_rng.sample(ranges, str_rng.randint(1, 3))
    texts.append("".join(chr(str_rng.randint(*str_rng.choice(picked))) for _ in range(str_rng.randint(0, 40))))
hash_str = [[t, hash(t)] for t in texts]

sections = {
    "float_repr": float_repr,
    "format_float": format_float,
    "format_int": format_int,
    "format_str": format_str,
    "format_fuzz": format_fuzz,
    "str_repr": str_repr,
    "parse_int": parse_int,
    "parse_float": parse_float,
    "int_true_div": int_true_div,
    "float_divmod": float_divmod,
    "round_float": round_float,
    "round_int": round_int,
    "hash_int": hash_int,
    "hash_float": hash_float,
    "hash_tuple": hash_tuple,
    "float_to_int": float_to_int,
    "hash_str": hash_str,
}
# One case per line keeps diffs readable.
out = ["{"]
for k, (name, cases) in enumerate(sections.items()):
    out.append(json.dumps(name) + ": [")
    out.append(",\n".join(json.dumps(c, ensure_ascii=True) for c in cases))
    out.append("]" + ("," if k + 1 < len(sections) else ""))
out.append("}")
sys.stdout.write("\n".join(out) + "\n")
