# At exit CPython finalizes what the globals hold in one collection, in the order of its list
# of tracked objects: the order they were made, except that the collection just before it
# (with the module still alive) moved what it reached late to the end. A list display is
# made after its items, a comprehension's list before them.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen():
    inner = A("held by the generator's frame")
    try:
        yield 1
    finally:
        print("generator closed")


a, b = A(10), A(20)
x, y = A("x"), A("y")
x, y = y, x  # bound in the other order: made-order still counts
early = [A("in a list display")]
later = A("made after the display")
early.append(A("appended"))
keys = [A(n) for n in (31, 32, 33)]
for k in keys:
    if k.n == 32:
        break
keys.pop()
g = gen()
next(g)
d = {"v": A("in a dict")}
t = (A("in a tuple"), 1)
print("end of program")
