"""Under the future import annotations are stored as strings and never evaluated."""
from __future__ import annotations

calls = []


def note(label):
    calls.append(label)
    return label


x: note("module") = 1
y: note("no value")
undefined_ok: ThisNameDoesNotExist
# Never compiled: no SyntaxWarning for the literal `is` or the missing comma.
no_warning: (1 is 1) or [(1, 2) (3, 4)]
print(__annotations__)
print(calls)


def f(a: note("param"), *args: note("star"), b: int = note("default"), **kw: note("kw")) -> note("ret"):
    local: note("local") = a
    return local


print(calls)
print(f.__annotations__)
print(f(5))


class C:
    attr: note("class") = 2
    other: Missing.attr[int]
    __secret: int
    (paren): note("paren") = 3

    def m(self, v: C) -> C:
        return self


print(calls)
print(C.__annotations__, C.attr, C.paren)
print(C.m.__annotations__)

obj = C()
obj.field: note("target annotation") = 4
items = [0]
items[0]: note("item") = 9
print(calls, obj.field, items)

lam = lambda q=note("lambda default"): q
print(calls)

# exec() inherits the future import from the code calling it.
ns = {}
exec("z: also_undefined = 5\ndef g(p: nope) -> None: pass", ns)
print(ns["__annotations__"], ns["g"].__annotations__, ns["z"])
print(__annotations__ is globals()["__annotations__"])
print(type(f.__annotations__["a"]), f.__annotations__["a"] == "note('param')")
