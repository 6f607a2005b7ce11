class Logged:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return name.upper()
    def method(self):
        return self.x

o = Logged()
print(o.x)
print(o.missing)
print(o.method())
print(getattr(o, "y", "default"))
print(hasattr(o, "zzz"))
