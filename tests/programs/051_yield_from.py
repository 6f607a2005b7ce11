def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
for line in tree(5):
    print(line)
def gen_range(n):
    yield from range(n)
print(list(gen_range(4)))
