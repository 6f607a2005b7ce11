print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(3, 10)))
print(len(""), len([]), len("你好世界"))
print(repr(1), repr("s"), repr([1, "s"]), repr((1,)), repr({"a": [1]}), repr(None))
print(str(1), str("s"), str([1, "s"]), str(1.0), str(-0.5))
print(repr(repr("x")), str(repr("y")))
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print(Both(), repr(Both()), str(Both()), [Both()])
print(OnlyRepr(), str(OnlyRepr()))
print(f"{Both()} {Both()!r}")
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
