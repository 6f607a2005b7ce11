# The collector never frees what is still reachable: through a closure, a generator's frame, a
# class attribute, a call's argument; a bound method stored on its instance is a cycle.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

# a closure keeps a cycle alive (the collector must not free what a closure still sees)
def make():
    n = Node("closed-over")
    n.me = n
    def get():
        return n
    return get
g = make()
print("closure alive:", gc.collect() >= 0, g().name)

# a generator's frame holds an object in a cycle
def gen():
    m = Node("in-generator")
    m.me = m
    yield m.name
    yield "done"
it = gen()
print(next(it))
gc.collect()
print(next(it))

# a bound method stored on its own instance
class Holder:
    def __init__(self):
        self.cb = self.method
    def method(self):
        return "method"
    def __del__(self):
        print("Holder.__del__")
h = Holder()
del h
print("bound method cycle:", gc.collect())

# a class in a cycle with its instance, the class still reachable
class Registry:
    items = []
    def __init__(self):
        Registry.items.append(self)
    def __del__(self):
        print("Registry.__del__")
Registry()
Registry()
print("registry:", gc.collect(), len(Registry.items))

# an object passed in the very call: still referenced by the argument
def use(obj):
    print("in use:", gc.collect(), obj.name)
z = Node("arg")
z.me = z
use(z)
del z

# __del__ that raises is ignored and collection goes on
class Bad:
    def __del__(self):
        print("Bad.__del__")
        raise ValueError("boom")
bad = Bad()
bad.me = bad
del bad
print("bad:", gc.collect())
print("end", gc.collect())
