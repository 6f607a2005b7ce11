print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Cy", age=7))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "val"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
p = P()
print("({0.x}, {0.y})".format(p))
print("{p.x}-{p.y}".format(p=p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.2f} {:,} {:08.3f} {:x}".format(3.14159, 10 ** 6, -3.5, 255))
print("{0!r} {0!s} {0}".format("q"))
print("{{}} {}".format("lit"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=3))
print("{0:*^{1}}".format("mid", 9))
args = ["x", "y"]
kw = {"z": "Z"}
print("{} {} {z}".format(*args, **kw))
try:
    print("{} {}".format("only"))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{missing}".format(a=1))
except KeyError as e:
    print("KeyError:", e)
