# The traceback module: print_exc, format_exc, format_exception and friends, as a program
# uses them to report an error and go on. (Printed to stdout so the output can be compared.)
import sys
import traceback

def show(x):
    # The file name is a full path under CPython: show it as <file>.
    print(str(x).replace(__file__, "<file>"))

class Collect:
    """A file-like object: gets each string print_* writes."""
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def printed(fn, *args, **kwargs):
    c = Collect()
    fn(*args, file=c, **kwargs)
    show("".join(c.parts))

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"余额不足: {self.balance} < {amount}")
        self.balance -= amount

def pay(account, amount):
    account.withdraw(amount)

try:
    pay(Account(10), 50)
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.count("\n"), text.splitlines()[-1])

def lookup(d):
    return d["学生"]["年龄"] + 1   

try:
    lookup({"学生": {}})
except KeyError as e:
    show(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    printed(traceback.print_exception, e, limit=1)
    printed(traceback.print_exception, type(e), e, None)
    traceback.print_exception(type(e), e, e.__traceback__, limit=-1)
    show(traceback.format_tb(e.__traceback__))
    traceback.print_tb(e.__traceback__)

# Chains: the cause, then the context, unless chain=False.
def load():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("could not load") from e

try:
    load()
except RuntimeError:
    for chunk in traceback.format_exc().split("\n\n"):
        show("[" + chunk + "]")
    show(traceback.format_exc(chain=False))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    show(traceback.format_exception(e))

# Recursion: the repeated line is cut off after three.
def down(n):
    if n == 0:
        raise OverflowError("bottom")
    down(n - 1)

try:
    down(10)
except OverflowError:
    traceback.print_exc()
    show(traceback.format_exc(limit=2))

# Outside a handler there is nothing to print.
print(repr(traceback.format_exc()))
printed(traceback.print_exc)

# Notes, an exception without a message, one whose str() fails.
class Quiet(Exception):
    pass

class Broken(Exception):
    def __str__(self):
        raise TypeError("no")

for exc in [Quiet(), Broken(), KeyError(), ValueError("a\nb")]:
    exc.add_note("note one")
    print(traceback.format_exception_only(exc))

# The stack as it is now.
def inner():
    traceback.print_stack()
    return traceback.format_stack(limit=1)

def outer():
    return inner()

show(outer())

# A writer object gets each string, then the empty end.
c = Collect()
try:
    None.missing
except AttributeError:
    traceback.print_exc(file=c)
show(c.parts)

for bad in [lambda: traceback.print_exception(5),
            lambda: traceback.print_exception(ValueError, ValueError()),
            lambda: traceback.format_exception(exc=ValueError()),
            lambda: traceback.print_tb(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
