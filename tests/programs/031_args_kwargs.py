def f(*args):
    return args
print(f(), f(1), f(1, "a", None))
def g(**kwargs):
    return kwargs
print(g(), g(a=1, b=2))
def h(a, b=2, *args, c=3, **kwargs):
    print(a, b, args, c, kwargs)
h(1)
h(1, 20, 30, 40, c=5, d=6, e=7)
h(*[1, 2, 3], **{"c": 9, "z": 0})
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100))
def wrapper(*args, **kwargs):
    return total(*args, **kwargs)
print(wrapper(5, 5, start=1))
nums = [3, 4]
opts = {"start": 10}
print(total(*nums, **opts), total(*nums, 1, *nums))
def describe(name, **info):
    for k, v in info.items():
        print(name, k, v)
describe("cat", legs=4, sound="meow")
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, a=2)
except TypeError as e:
    print("TypeError:", e)
