# The builtins module is the namespace of the builtins: a name set on it is seen by every
# scope. __import__ is what an import statement calls.
m = __import__("math")
print(m.__name__, m is __import__("math"))
print(__import__("collections.abc").__name__, __import__("collections.abc", fromlist=["x"]).__name__)
print(__import__("collections.abc", None, None, ["Mapping"], 0).__name__)
print(__debug__)
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
builtins.answer = 42
print(answer)
def f():
    return answer
print(f())
del builtins.answer
try:
    answer
except NameError as e:
    print(e)
print(repr(builtins)[:18])
for args in [(5,), ("",), ("nosuch",), ("math", None, None, (), -1), ("math", None, None, (), 1), (), ("a", 1, 2, 3, 4, 5)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__(name="math", spam=1)
except TypeError as e:
    print(e)
print(__import__(name="math").__name__)
print(getattr(builtins, "print") is print, "print" in dir(builtins))
