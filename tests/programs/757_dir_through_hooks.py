# dir() on an object whose class hooks attribute access reads __dict__ and __class__ through
# the hooks, which run; and the "Did you mean" of an uncaught AttributeError comes from
# dir(obj), so it can run the object's own __dir__. An AttributeError there reads as empty;
# other errors propagate.


class Loud:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return super().__getattribute__(name)


loud = Loud()
loud.a = 1
print(dir(loud) == sorted(set(dir(Loud)) | {"a"}))


class Fake:
    def __getattribute__(self, name):
        if name == "__dict__":
            return {"invented": 1}
        if name == "__class__":
            return int
        return super().__getattribute__(name)


print("invented" in dir(Fake()), "bit_length" in dir(Fake()), "__getattribute__" in dir(Fake()))


class Slotted:
    __slots__ = ("x",)

    def __getattr__(self, name):
        print("  __getattr__", name)
        raise AttributeError(name)


s = Slotted()
print([n for n in dir(s) if not n.startswith("__")])


class Failing:
    def __getattribute__(self, name):
        raise RuntimeError("no")


try:
    print(dir(Failing()))
except RuntimeError as e:
    print("RuntimeError", e)


class Missing:
    def __getattribute__(self, name):
        raise AttributeError(name)


print(dir(Missing()))


class Menu:
    def __dir__(self):
        print("  Menu.__dir__ runs")
        return ["spam", "eggs"]

    def __getattr__(self, name):
        raise AttributeError(f"no {name} today", name=name, obj=self)


try:
    Menu().spma
except AttributeError as e:
    print("caught:", e)
Menu().spma
