# CPython's compile-time SyntaxWarnings on stderr before the program runs: calling or subscripting
# a literal (a missing comma), "is" with a literal, assert on a parenthesized tuple.
x = 1
if x is 1: pass
if x is not "a": pass
if x is -1: pass
if x is (): pass
if x is None: pass
if 1 is x: pass
if x is ...: pass
assert (x, "msg")
assert (1, 2)
def f():
    return [1, 2][1.0]
def g():
    y = (1, 2)(3)
    z = 5[0]
    w = "abc"["x"]
    return None()
print("ran")
v = {1}[0] if False else 0
u = (lambda: 0)[0] if False else 0
t = [i for i in range(3)]()  if False else 0
s = f"{x}"() if False else 0
r = True[0] if False else 0
