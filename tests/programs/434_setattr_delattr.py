class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        print("delattr", name)
        raise AttributeError(f"cannot delete {name}")

f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)

class Track:
    def __setattr__(self, name, value):
        print("track", name, value)
        super().__setattr__(name, value * 2)
t = Track()
t.a = 3
setattr(t, "b", 4)
print(t.a, t.b)
f.y = 0
