class Empty:
    def __len__(self):
        print("__len__")
        return 0
class Truthy:
    def __bool__(self):
        print("__bool__")
        return True
    def __len__(self):
        print("__len__ not used")
        return 0
class Plain:
    pass

print(bool(Empty()), bool(Truthy()), bool(Plain()))
if not Empty():
    print("empty is falsy")
print("yes" if Truthy() else "no")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
len(StrLen())
