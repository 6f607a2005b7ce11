class Guard:
    def __init__(self):
        self.public = 1
        self._secret = 2
    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"private: {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback({name})"

g = Guard()
print(g.public)
print(g._secret)
print(g.nothing)
print(type(g).__name__)
class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("拒绝访问 " + name)
n = NoFallback()
try:
    n.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(n).__name__)
print(getattr(n, "y", "default"))
