# randrange and randint: Lib/random.py's argument checks and messages, and the
# DeprecationWarnings it shows the program for non-integer arguments.
import random

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

random.seed(3)
attempt(lambda: random.randrange(0))
attempt(lambda: random.randrange(-5))
attempt(lambda: random.randrange(5, 5))
attempt(lambda: random.randrange(5, 2))
attempt(lambda: random.randrange(0, 10, 0))
attempt(lambda: random.randrange(0, 10, -1))
attempt(lambda: random.randrange(10, step=2))
attempt(lambda: random.randrange(10, None, 1))
attempt(lambda: random.randrange(10, step=1))
attempt(lambda: random.randrange(10, step=True))
attempt(lambda: random.randrange(None))
attempt(lambda: random.randrange("7"))
attempt(lambda: random.randrange(1, "x"))
attempt(lambda: random.randrange(2.5))
attempt(lambda: random.randrange(0, 10, 1.5))
attempt(lambda: random.randrange(6.0))
attempt(lambda: random.randrange(6.0))
attempt(lambda: random.randrange(1, 7.0, 2))
attempt(lambda: random.randint(1.0, 3.0))
attempt(lambda: random.randint(5, 1))
attempt(lambda: random.randint(3, 3))
attempt(lambda: random.randint(1))
attempt(lambda: random.randrange())
attempt(lambda: random.randrange(1, 2, 3, 4))
attempt(lambda: random.randrange(start=3, stop=9))
attempt(lambda: random.randrange(2**70, 2**70 + 5))
attempt(lambda: random.randrange(-2**80, 2**80, 2**40))
attempt(lambda: random.randint(-(10**25), 10**25))
attempt(lambda: random.randrange(True, 5))

class Three:
    def __index__(self):
        print("  __index__")
        return 3

attempt(lambda: random.randrange(Three()))
attempt(lambda: random.randrange(Three(), 10, Three()))
attempt(lambda: random.randint(Three(), 3))

try:
    random.randrange(4.5)
except ValueError as e:
    print(repr(e), repr(e.__context__))
