# match inside generators: yields in case bodies, a yield as the subject, loops around them,
# and a generator closed or thrown into while suspended in a case.


def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield ("neg", n)
                yield ("abs", -n)
            case int(n):
                yield ("int", n)
            case [first, *rest]:
                yield ("list-head", first)
                for r in rest:
                    yield ("list-rest", r)
            case {"op": op, **args}:
                result = yield ("op", op)
                yield ("sent back", result, args)
            case _:
                yield ("other", item)
    yield "done"


print(list(tokens([1, -2, [3, 4, 5], "x", []])))

g = tokens([{"op": "add", "a": 1}, 7])
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))


def echo():
    # The subject itself is a yield: the value sent decides the case.
    while True:
        match (yield "ready"):
            case "stop":
                return "stopped"
            case ["say", word]:
                yield f"said {word}"
            case other:
                yield f"unknown {other!r}"


e = echo()
print(next(e))
print(e.send(["say", "hi"]))
print(next(e))
print(e.send(42))
print(next(e))
try:
    e.send("stop")
except StopIteration as stop:
    print("StopIteration", stop.value)


def nested(pairs):
    for p in pairs:
        match p:
            case (a, b):
                match b:
                    case int():
                        for i in range(b):
                            yield a * (i + 1)
                    case str():
                        yield a + "!" + b
            case _:
                yield None


print(list(nested([(2, 3), ("x", "y"), 5, (10, 0)])))


def guarded(values):
    for v in values:
        try:
            match v:
                case x if x > 0:
                    yield f"positive {x}"
                    yield f"still {x}"
                case 0:
                    yield "zero"
                case _:
                    raise ValueError(v)
        except ValueError as err:
            yield f"caught {err}"
        finally:
            yield f"finally {v}"


print(list(guarded([1, 0, -1])))


def cleanup():
    match [1, 2]:
        case [a, b]:
            try:
                yield a
                yield b
            finally:
                print("cleanup ran")


c = cleanup()
print(next(c))
c.close()

t = cleanup()
print(next(t))
try:
    t.throw(KeyError("k"))
except KeyError as err:
    print("thrown back", repr(err))

# A generator expression over match results.
def kind(v):
    match v:
        case int():
            return "i"
        case str():
            return "s"
    return "?"


print("".join(kind(v) for v in [1, "a", 2.0, "b", 3]))
