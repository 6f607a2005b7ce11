def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(countdown(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def gen_return():
    yield 1
    return "result"
it = gen_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("return value:", e.value)
print(next(iter([]), "default"), next(countdown(0), "empty"))
def squares(items):
    for i in items:
        yield i * i
print(sum(squares(range(4))), list(squares([5])))
for x in countdown(2):
    print("loop", x)
def pairs(s):
    for i in range(len(s) - 1):
        yield s[i], s[i + 1]
print(list(pairs("abcd")))
