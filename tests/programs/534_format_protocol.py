class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}°F"
        return f"{self.c:{spec}}°C" if spec else f"{self.c}°C"
t = Temp(21.5)
print(format(t), format(t, "F"), f"{t:.2f}", "{:F}".format(t))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(e)
nf = NoFormat()
print(format(nf, "") == str(nf))
