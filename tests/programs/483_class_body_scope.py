x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(2)]
    z = (lambda: x)()

print(C.y)
print(C().method())
print(C.items)
print(C.z)
class D:
    n = 3
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        print(type(e).__name__, e)
    names = [i for i in range(n)]
print(D.names)
