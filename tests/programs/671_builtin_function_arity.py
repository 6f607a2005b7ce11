
def show(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)
    except Exception as e:
        print(label, type(e).__name__)
names = ["len", "abs", "sum", "min", "max", "sorted", "round", "pow", "divmod", "isinstance", "issubclass",
         "getattr", "setattr", "hasattr", "delattr", "iter", "next", "enumerate", "zip", "map", "filter", "range",
         "repr", "ascii", "format", "hash", "id", "chr", "ord", "bin", "hex", "oct", "int", "float", "list",
         "tuple", "dict", "set", "frozenset", "bool", "type", "vars", "dir", "callable", "any", "all", "reversed",
         "slice", "object", "print", "globals", "locals", "exec", "eval", "property", "staticmethod", "classmethod"]
for name in names:
    if name not in __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else name not in __builtins__:
        continue
    f = eval(name)
    for n in range(0, 6):
        if name == "print" and n > 0: continue
        if name in ("exec", "eval") and n > 0 and n < 4: continue
        show(f"{name}/{n}", lambda: f(*([[]] * n)))
    show(f"{name}/kw", lambda: f(zz=1))
    if name != "print":
        show(f"{name}/1kw", lambda: f([], zz=1))
