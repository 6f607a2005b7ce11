class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("__setattr__", name)
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.x = 1
t = Target()
p = Proxy(t)
print(p.x)
p.y = 2
print(t.y, p.y)
class Loud:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "secret":
            raise AttributeError("no secrets")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback for " + name
l = Loud()
l.a = 1
print(l.a)
print(l.secret)
