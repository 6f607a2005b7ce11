class Empty:
    def __len__(self):
        print("__len__")
        return 0
class Falsy:
    def __bool__(self):
        print("__bool__")
        return False
    def __len__(self):
        return 5
class Plain:
    pass
for o in (Empty(), Falsy(), Plain()):
    print(type(o).__name__, bool(o), "yes" if o else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
