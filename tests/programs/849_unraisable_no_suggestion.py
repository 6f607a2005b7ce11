# CPython's unraisable hook prints the exception's type and message itself: no "Did you
# mean" there, though the uncaught traceback of the same error would have one.
class A:
    value = 1

    def __del__(self):
        self.valeu


a = A()
del a


class B:
    def __del__(self):
        print(valeu)


value = 2
b = B()
del b


def gen():
    try:
        yield 1
    finally:
        prnt("x")


g = gen()
next(g)
del g
try:
    A().valeu
except AttributeError as e:
    print("caught:", e)
print("end")
