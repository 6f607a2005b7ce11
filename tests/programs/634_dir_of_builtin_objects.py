# dir() lists what builtin classes compute (type.__mro__, a function's __defaults__, int.real,
# an exception's args), a module's dir() is its namespace, and "Did you mean" uses them.
import gc
def f(a=1): pass
class A:
    x = 1
    def m(self): pass
wanted = ("__name__", "__qualname__", "__defaults__", "__globals__", "__mro__", "__bases__", "__func__",
          "__self__", "real", "imag", "numerator", "args", "__traceback__", "start", "fget", "x", "m")
for obj in [f, type, A, A(), A().m, 1, 2.5, True, ValueError("v"), range(3), slice(1), property()]:
    print(type(obj).__name__, [n for n in dir(obj) if n in wanted])
print("collect" in dir(gc), "__class__" in dir(gc))
print(f.__globals__ is globals(), f.__builtins__["len"] is len)
for expr in ["f.__defualts__", "A.__mor__", "(1).reel", "ValueError().arg"]:
    try:
        eval_result = None
        if expr == "f.__defualts__": f.__defualts__
        elif expr == "A.__mor__": A.__mor__
        elif expr == "(1).reel": (1).reel
        else: ValueError().arg
    except AttributeError as e:
        print(e)
