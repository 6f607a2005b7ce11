# locals(), vars() and dir() without arguments see the caller's frame: a function's bound locals
# (parameters first), a class body's namespace, the module's globals.
def f(a, b=2, *args, **kw):
    c = a + b
    print(locals())
    print(vars())
    print(dir())
    d = 5
    return sorted(locals())
print(f(1))
class K:
    x = 1
    y = x + 1
    print(sorted(locals()), dir())
def outer():
    v = 1
    def inner(q):
        w = q
        return locals()
    return inner(3)
print(outer())
print(sorted(k for k in locals() if not k.startswith('__')))
def g():
    for i in range(2):
        pass
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    return locals()
print(g())
