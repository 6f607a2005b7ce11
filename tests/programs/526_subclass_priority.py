class Num:
    def __init__(self, v): self.v = v
    def __mul__(self, o):
        print("Num.__mul__")
        return NotImplemented
    def __rmul__(self, o):
        print("Num.__rmul__")
        return "Num.rmul"
class Special(Num):
    def __rmul__(self, o):
        print("Special.__rmul__")
        return "Special.rmul"
print(Num(1) * Special(2))
print(Special(1) * Num(2))
print(Num(1) * Num(2) if False else "skip")
class Lt:
    def __lt__(self, o):
        print("Lt.__lt__")
        return NotImplemented
class Gt(Lt):
    def __gt__(self, o):
        print("Gt.__gt__")
        return True
print(Lt() < Gt())
try:
    Lt() < Lt()
except TypeError as e:
    print(e)
