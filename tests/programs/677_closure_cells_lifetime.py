# A closure keeps only the variables it (or a scope nested in it) reads: CPython's cells.
# The call's other locals die when it returns, even though the closure outlives the call.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def lambda_reads_nothing():
    x = Tracked("x (unused by the lambda)")
    return lambda: 42


def reads_one():
    kept = Tracked("kept (read by inner)")
    dropped = Tracked("dropped")
    def inner():
        return kept.name
    return inner


def nested_two_levels():
    deep = Tracked("deep (read two levels down)")
    other = Tracked("other")
    def middle():
        def innermost():
            return deep.name
        return innermost
    return middle


def with_nonlocal():
    counter = 0
    junk = Tracked("junk")
    def bump():
        nonlocal counter
        counter += 1
        return counter
    return bump


def class_inside():
    seen = Tracked("seen (read by a method)")
    unseen = Tracked("unseen")
    class Inner:
        def get(self):
            return seen.name
    return Inner


def comprehension_inside():
    factor = Tracked("factor (read by a generator expression)")
    waste = Tracked("waste")
    return (factor.name + str(i) for i in range(2))


def shadowed():
    name = Tracked("shadowed outer")
    def inner(name):
        return name
    return inner


print("lambda:")
f1 = lambda_reads_nothing()
print("returned", f1())
print("reads one:")
f2 = reads_one()
print("returned", f2())
print("two levels:")
f3 = nested_two_levels()
print("returned", f3()())
print("nonlocal:")
f4 = with_nonlocal()
print("returned", f4(), f4())
print("class:")
C = class_inside()
print("returned", C().get())
print("genexp:")
g = comprehension_inside()
print("returned", list(g))
print("shadowed:")
f5 = shadowed()
print("returned", f5(1))
print("dropping the closures")
del f1, f2, f3, f4, C, g, f5
print("end")
