# Where captures bind: locals of the enclosing function (so a capture makes a name local),
# globals at module level, class namespaces; what a failed case leaves bound.


def f(v):
    match v:
        case [x, y]:
            pass
        case {"x": x}:
            y = None
        case _:
            x = y = "default"
    return x, y


print(f([1, 2]), f({"x": 3}), f(7))

total = 0


def g():
    # The capture makes `total` local to g: reading it first is an UnboundLocalError.
    try:
        print(total)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    match 5:
        case total:
            pass
    return total


print(g(), total)


def h():
    global total
    match 10:
        case total:
            pass


h()
print("global after h:", total)


def outer():
    seen = []
    match (1, 2):
        case (a, b):
            def inner():
                return a + b
    seen.append(inner())
    return seen


print(outer())

# A case whose pattern fails binds nothing; a pattern that matched before its guard failed
# leaves its captures bound.
x = "before"
match [1, 2, 3]:
    case [x, 2, 4]:
        print("no")
    case _:
        pass
print("after failed pattern:", x)
match [1, 2, 3]:
    case [x, y, z] if z > 5:
        print("no")
    case _:
        pass
print("after failed guard:", x, y, z)

# Or-pattern alternatives that fail partway do not leak captures either.
w = "unset"
match (1, 3):
    case (w, 2) | (3, w):
        print("no")
    case _:
        print("w is still", w)

# A walrus in a guard binds in the same scope.
match 4:
    case n if (double := n * 2) > 5:
        print("n", n, "double", double)


# Captures in a class body go to the class namespace.
class C:
    match {"name": "c-class", "size": 3}:
        case {"name": name, "size": size}:
            pass


print(C.name, C.size)


# Names captured in a comprehension's body? Captures in a nested function are its own.
def make():
    results = []
    for item in [(1, "a"), (2, "b"), "bad"]:
        match item:
            case (n, s):
                results.append(s * n)
            case other:
                results.append("?" + other)
    return results, n, s, other


print(make())

# Loops: break and continue inside case bodies.
for v in range(10):
    match v:
        case 0 | 1:
            continue
        case 5:
            break
        case n if n % 2 == 0:
            print("even", n)
        case n:
            print("odd", n)
print("stopped at", v)


def first_string(items):
    for item in items:
        match item:
            case str() as s:
                return s
    return None


print(first_string([1, 2.0, "three", "four"]), first_string([]))

# Nested match statements.
for cmd in [("go", "north"), ("go", "up"), ("look",), ("quit", 1)]:
    match cmd:
        case ("go", direction):
            match direction:
                case "north" | "south":
                    print("walking", direction)
                case _:
                    print("cannot go", direction)
        case ("look",):
            print("looking around")
        case (verb, *args):
            print("unknown", verb, args)

# locals() sees the captures.


def loc():
    match [1, 2]:
        case [first, *rest]:
            return sorted(locals().items())


print(loc())
