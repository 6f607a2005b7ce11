class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(0)
total = 0.0
for i in range(300000):
    t.celsius = i
    total += t.fahrenheit
print(total)
