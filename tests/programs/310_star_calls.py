def show(a, b, c):
    return f"a={a} b={b} c={c}"
args = [1, 2, 3]
print(show(*args))
print(show(*"xyz"))
print(show(1, *[2, 3]))
print(show(**{"a": 1, "b": 2, "c": 3}))
print(show(1, **{"c": 3, "b": 2}))
print(show(*(1,), 2, **{"c": 9}))
print(*[1, 2, 3], sep=", ")
print(*"abc")
print(*{"k": 1, "j": 2})
def collect(*a, **k):
    return a, k
print(collect(*range(3), *[9], x=1, **{"y": 2}))
try:
    show(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    show(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1, "b": 2, "d": 3})
except TypeError as e:
    print("TypeError:", e)
