# A collection runs the garbage's __del__ methods in the order of CPython's list of objects:
# the order they were made, except that a collection moves the objects it first took for
# unreachable, and then found reachable after all, to the end. A __del__ that breaks its
# cycle or stores its object away changes what the collection frees and counts.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def ring(*names):
    nodes = [Node(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes


print("1. a ring let go at once: creation order")
ring("a1", "a2", "a3")
print("collected", gc.collect())

print("2. the last node kept over a collection, then let go")
keep = ring("b1", "b2", "b3")[-1]
print("kept", gc.collect())
keep = None
print("collected", gc.collect())

print("3. the middle node kept")
keep = ring("c1", "c2", "c3", "c4")[1]
print("kept", gc.collect())
keep = None
print("collected", gc.collect())

print("4. kept through a list that holds the nodes last to first")
nodes = ring("d1", "d2", "d3")
holder = [nodes[2], nodes[0]]
del nodes
print("kept", gc.collect())
holder = None
print("collected", gc.collect())

saved = []


class Phoenix(Node):
    def __del__(self):
        print("  __del__", self.name, "saves itself")
        saved.append(self)


class Breaker(Node):
    def __del__(self):
        print("  __del__", self.name, "breaks the cycle")
        self.__dict__.clear()


print("5. a finalizer resurrects its object")
p = Phoenix("p1")
q = Node("q1")
p.other, q.other = q, p
del p, q
print("collected", gc.collect())
print("saved", [n.name for n in saved])
saved.clear()
print("collected after the last reference went", gc.collect())

print("6. a finalizer breaks the cycle")
b = Breaker("b")
n = Node("n")
b.other, n.other = n, b
del b, n
print("collected", gc.collect())

print("7. a self-cycle and a pair")
s = Node("self")
s.me = s
x, y = Node("x"), Node("y")
x.y, y.x = y, x
del s, x, y
print("collected", gc.collect())
print("end")
