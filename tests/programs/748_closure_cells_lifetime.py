# A closure keeps only the cells it reads: a call's other locals die when it returns, and a
# cell dies when the last function (or generator) reading it does, even while another
# closure made in the same call lives on.


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def two_closures():
    kept = Obj("read by the kept closure")
    dropped = Obj("read by the dropped closure")
    plain = Obj("plain local")

    def keeper():
        return kept

    def other():
        return dropped

    return keeper


print("1.")
f = two_closures()
print("returned, reads", f().name)
del f
print("after del f")


def generator_reads_cell():
    z = Obj("read by a generator")

    def g():
        yield z.name
        yield "second"

    return g()


print("2.")
it = generator_reads_cell()
print("generator made; the function that made it is gone")
print(next(it))
del it
print("after del it")


def genexpr_reads_cell():
    w = Obj("read by a generator expression")
    return (w.name for _ in range(2))


print("3.")
print(list(genexpr_reads_cell()))


def counter():
    count = 0
    junk = Obj("read by peek, which is dropped")

    def increment():
        nonlocal count
        count += 1
        return count

    def peek():
        return junk

    return increment


print("4.")
inc = counter()
print(inc(), inc(), inc())


def nested():
    a = Obj("read two levels down")

    def middle():
        def inner():
            return a

        return inner

    return middle()


print("5.")
inner = nested()
print("inner reads", inner().name)
inner = None
print("after inner = None")


def lambdas():
    items = [Obj("item %d" % i) for i in range(2)]
    first = lambda: items[0]
    last = lambda: items[-1]
    return [first, last]


print("6.")
fs = lambdas()
fs.pop()
print("one lambda left:", fs[0]().name)
fs.clear()
print("end")
