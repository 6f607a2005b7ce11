class A:
    def __init__(self):
        self.a = 1
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
class C(B):
    def __init__(self):
        super().__init__()
        self.c = 3
class D(C):
    def __init__(self):
        super().__init__()
        self.d = 4

total = 0
for i in range(100000):
    d = D()
    total += d.a + d.b + d.c + d.d
print(total)
