"""The __future__ module: its features are _Feature records, as in CPython. This module does
not use the future import itself: its annotations are evaluated."""
import __future__

ns = {}
exec("from __future__ import annotations as ann\ndef f(a: int, *args: *(str,)) -> ann: pass", ns)
ann = ns["ann"]
print(ns["f"].__annotations__)

print(ann)
print(ann is __future__.annotations)
print(ann.optional, ann.mandatory, ann.compiler_flag)
print(ann.getOptionalRelease(), ann.getMandatoryRelease())
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(f"{name:18} {feature!r}")
    assert feature.getOptionalRelease() == feature.optional
print(type(ann), type(ann).__name__, type(ann).__qualname__, type(ann).__module__)
print(__future__.__name__)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(sorted(k for k in vars(__future__) if k.startswith("CO_")))
print(isinstance(__future__.division, __future__._Feature))
print(__future__.generators.mandatory < (3,), __future__.barry_as_FLUFL.mandatory)
print(ann.getOptionalRelease.__name__, ann.getOptionalRelease.__qualname__)
import __future__ as again
print(again is __future__)

# Each exec() string is a module of its own: a future import may start it.
ns = {}
exec("'''doc'''\nfrom __future__ import division, generator_stop, annotations\nx: undefined = 1", ns)
print(ns["division"], ns["generator_stop"].compiler_flag, ns["__annotations__"])
for source in [
    "from __future__ import nonexistent",
    "from __future__ import braces",
    "from __future__ import *",
    "x = 1\nfrom __future__ import division",
    "x = 1; from __future__ import division",
    "def f():\n    from __future__ import annotations",
    "from __future__ import annotations\ny: (yield)",
    "from __future__ import annotations\ndef f(a: (b := 1)): pass",
]:
    try:
        exec(source, {})
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


def plain(a: int, *args: *(str,), **kw: list[int]) -> ann:
    pass


print(plain.__annotations__)
for source in ["def g(*args: *(int, str)): pass", "def g(*args: *5): pass"]:
    try:
        exec(source)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
