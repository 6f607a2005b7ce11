"""The future import in nested scopes, closures, generators and exec() called from functions."""
from __future__ import annotations

import typing


def outer():
    Local = int

    def inner(x: Local, y: Missing = None) -> Local:
        z: AlsoMissing = x
        return z

    class Box:
        item: Local
        other: list[Box]

        def get(self) -> Local:
            return self.item

    return inner, Box


inner, Box = outer()
print(inner(3), inner.__annotations__)
print(Box.__annotations__, Box.get.__annotations__)
try:
    typing.get_type_hints(inner)
except NameError as e:
    print("NameError:", e)


def gen(n: int) -> typing.Iterator[int]:
    total: Unknown = 0
    for i in range(n):
        total += i
        yield total


print(list(gen(4)), gen.__annotations__)


def run_exec():
    exec("def h(a: int) -> Thing: return a\nresult = h(7)\nprint(h.__annotations__, result)")
    exec("v: Nowhere = 1\nprint(__annotations__)", {})


run_exec()


class Outer:
    class Inner:
        def clone(self) -> Outer.Inner:
            return Outer.Inner()

    def make(self, kind: type[Outer.Inner] = None) -> Outer.Inner:
        return self.Inner()


print(type(Outer().make().clone()).__qualname__)
print(Outer.Inner.clone.__annotations__, Outer.make.__annotations__)
print(typing.get_type_hints(Outer.make))

counter = 0


def bump():
    global counter
    counter += 1
    return int


def uses(a: bump(), b: bump() = bump()) -> bump():
    return a


print(counter, uses.__annotations__)
print((lambda q: q).__annotations__)
