class A:
    "doc"
for attr in ["__name__", "__qualname__", "__doc__", "__module__", "__bases__", "__dict__", "__mro__", "__annotations__"]:
    try:
        delattr(A, attr)
        print("del", attr, "ok")
    except (TypeError, AttributeError) as e:
        print("del", attr, type(e).__name__, e)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print(e)
A.__doc__ = "new"
A.__module__ = "mod"
print(A.__doc__, A.__module__, A.__name__)
for slots in [("a b",), ("1x",), ("ok", "")]:
    try:
        class E:
            __slots__ = slots
        print("accepted", slots)
    except TypeError as e:
        print(type(e).__name__, e)
class G:
    __slots__ = ("a",)
g = G()
g.a = 1
del g.a
try:
    del g.a
except AttributeError as e:
    print("AttributeError", e)
try:
    g.a
except AttributeError as e:
    print("AttributeError", e)
from functools import cached_property
cp = cached_property(len)
for call in [lambda: cached_property(), lambda: cp.__get__(), lambda: cp.__set_name__(1), lambda: cached_property(len, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
