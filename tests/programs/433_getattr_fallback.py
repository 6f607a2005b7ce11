class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("转发", name)
        return getattr(self._target, name)

class Target:
    value = 7
    def hello(self):
        return "hello"

p = Proxy(Target())
print(p.value)
print(p.hello())
print(p._target.value)
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")
s = Strict()
print(getattr(s, "a", "fallback"))
s.b
