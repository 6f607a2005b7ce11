# CPython's reports of exceptions it cannot raise ("Exception ignored in: ..." for a __del__, a
# generator closed while it raises, an atexit callback) go to sys.stderr as the program left it:
# a StringIO (or contextlib.redirect_stderr) captures them, None or a deleted sys.stderr drops
# them, and the run's own stderr gets them back when sys.stderr is restored. So do a
# weakref.finalize callback's traceback at exit.
import atexit
import contextlib
import io
import sys
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise ValueError(f"cannot free {self.name}")


def lines(text):
    # The report names the __del__ function with its address, and the file with its directory.
    out = []
    for line in text.splitlines():
        if line.startswith('  File "') and "/" in line:
            line = '  File "' + line.rsplit("/", 1)[-1]
        out.append(line.split(" at 0x")[0])
    return out


saved = sys.stderr
sys.stderr = io.StringIO()
n = Noisy("a")
del n
captured = sys.stderr.getvalue()
sys.stderr = saved
print("captured:", lines(captured))

with contextlib.redirect_stderr(io.StringIO()) as buf:
    Noisy("b")
print("redirected:", lines(buf.getvalue()))


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


with contextlib.redirect_stderr(io.StringIO()) as buf:
    g = gen()
    next(g)
    del g
print("generator:", lines(buf.getvalue()))

sys.stderr = None
Noisy("c")
sys.stderr = saved
print("None: dropped")

del sys.stderr
Noisy("d")
sys.stderr = saved
print("deleted: dropped")

# Restored: this one reaches the run's stderr.
Noisy("e")


def at_exit():
    raise RuntimeError("at exit")


class Kept:
    pass


def finalizer():
    raise OSError("in a finalizer")


atexit.register(at_exit)
kept = Kept()
weakref.finalize(kept, finalizer)
# At exit the atexit callback's report and the finalizer's traceback go to this StringIO.
sys.stderr = io.StringIO()
print("end")
