class Validated:
    allowed = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"不允许的属性 {name}")
        print("设置", name, value)
        object.__setattr__(self, name, value)

v = Validated(1, 2)
print(v.x, v.y)
try:
    v.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(v)))
v.__dict__["z"] = 9
print(v.z)
try:
    setattr(v, "w", 1)
except AttributeError as e:
    print(type(e).__name__, e)
