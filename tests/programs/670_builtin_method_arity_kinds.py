recv = {
    'str': lambda: "abc",
    'list': lambda: [3, 1, 2],
    'dict': lambda: {1: 2},
    'set': lambda: {1, 2},
    'frozenset': lambda: frozenset({1}),
    'tuple': lambda: (1, 2),
    'int': lambda: 7,
    'float': lambda: 2.5,
    'bool': lambda: True,
    'keys': lambda: {1: 2}.keys(),
    'values': lambda: {1: 2}.values(),
    'items': lambda: {1: 2}.items(),
    'range': lambda: range(3),
    'slice': lambda: slice(1, 2),
}
def show(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)
    except Exception as e:
        print(label, type(e).__name__)
SKIP = {"encode", "from_bytes", "to_bytes", "fromhex"}
for tn, mk in recv.items():
    o = mk()
    for name in dir(o):
        if name.startswith("__") or name in SKIP:
            continue
        if not callable(getattr(o, name)):
            continue
        for n in range(0, 6):
            show(f"{tn}.{name}/{n}", lambda: getattr(mk(), name)(*([None] * n)))
        show(f"{tn}.{name}/kw", lambda: getattr(mk(), name)(zz=1))
        show(f"{tn}.{name}/1kw", lambda: getattr(mk(), name)(None, zz=1))
