# str.format's field grammar, as CPython's parse_field reads it: the name ends at the first }, : or !
# outside brackets, a spec balances its braces, and only all-digit parts are indexes.
cases = ["{0{}}", "{:{1}}", "{0[}]}", "{0[a:b]}", "{0!}", "{0!", "{0!r", "{0!rx}", "{0!r:>5}", "{!r}", "{0:{}", "{0:a}b}",
         "{0[", "{0[1]x}", "{0.}", "{0..a}", "{", "}", "{}}", "{{}}", "{0!x}", "{0!\x01}", "{0:{{}}}", "{a[b]c}", "{0:{1}{2}}",
         "{0[0]}", "{0!s:^{1}}", "{:::}", "{0!!}", "{0:!}", "{0]}", "{0[]]}", "{ }", "{0 }", "{-1}", "{0:{0:{0}}}", "{0:{0:{0:{0}}}}",
         "x{0}y{", "{0:}", "{0!r:}", "{00}", "{01}", "{1_0}", "{0[1_0]}", "{0[-1]}", "{0.real!r:>{1}}", "{a!a}"]
import sys
for c in cases:
    try:
        r = c.format({'}': 'B', 'a:b': 'AB', 0: 'z', '': 'E', ']': 'R', '1_0': 'U', -1: 'M'} if c.startswith("{0[") else "ab", 7, 8, a="é", **{'a[b]c': 1, ' ': 'sp', '0 ': 'sz', '-1': 'neg'})
        print(repr(c), "->", repr(r))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for c in ["{99999999999999999999}", "{0[99999999999999999999]}", "{+1}", "{0[+1]}", "{0[01]}"]:
    try:
        print(repr(c), c.format({'+1': 'P', 1: 'one'}, **{'+1': 'kw'}))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
print("{0:{1:{2}}}".format(1, 2, 3) if False else "skip")
try: print("{:{:{}}}".format(1, 2, 3))
except ValueError as e: print(e)
print("{0:>{1}}".format("a", 3), format("x", "^5"), "{0:{1}}".format(3.5, "{x}") if False else "")
print("{.real}-{[0]}".format(3, [4]))
print("{0.real.real}".format(2))
print("{a.b}".format_map({"a": 1}) if False else "fm")
try: "{}".format_map({})
except ValueError as e: print(e)
