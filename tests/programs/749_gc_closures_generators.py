# Cycles through closures' cells and generators' frames: the collector frees them as CPython's
# does. A garbage generator is closed first (its finally block runs), which lets go of what
# its frame held, so that much is freed by reference counting and not counted. A cycle
# through one cell does not keep the other cells of the same call alive.
import gc


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


keep = []


def cell_cycle():
    box = []
    tag = Obj("in a cell cycle")

    def reader():
        return box, tag

    box.append(reader)


def cycle_beside_a_kept_closure():
    box = []
    kept = Obj("read by the kept closure")

    def in_cycle():
        return box

    def kept_reader():
        return kept

    box.append(in_cycle)
    keep.append(kept_reader)


def generator_cycle():
    def gen(holder):
        try:
            yield 1
        finally:
            print("  generator closed")

    o = Obj("held by a generator")
    o.g = gen(o)
    next(o.g)


def unstarted_generator_cycle():
    def gen(holder):
        yield holder

    o = Obj("held by an unstarted generator")
    o.g = gen(o)


def generator_and_closure():
    box = []

    def gen():
        yield box

    g = gen()
    box.append(g)
    box.append(Obj("in a list a generator reads"))


for f in (cell_cycle, cycle_beside_a_kept_closure, generator_cycle, unstarted_generator_cycle,
          generator_and_closure):
    gc.collect()
    f()
    print(f.__name__, gc.collect())

print("kept closure still reads", keep[0]().name)
keep.clear()


def left_for_exit():
    box = []
    o = Obj("in a cycle at exit")

    def reader():
        return box, o

    box.append(reader)


left_for_exit()
print("end")
