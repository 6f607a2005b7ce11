# generator.throw(typ, val, tb): the value normalized against the class as CPython does,
# an instance alone, a traceback replacing the exception's, and the argument errors.
def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("closing")
            raise
        except BaseException as e:
            print("caught", type(e).__name__, e.args, e.__traceback__ is not None)
x = g(); next(x)
x.throw(ValueError, ValueError("v"), None)
x.throw(ValueError, "text")
x.throw(ValueError, ("a", "b"))
x.throw(ValueError, None)
x.throw(LookupError, KeyError("k"))
x.throw(KeyError, LookupError("l"))
for args in [(5,), (ValueError("x"), "y"), (ValueError, 1, 5), (ValueError, 1, None, 4), ()]:
    try:
        x.throw(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
x.throw(ValueError, ValueError("with tb"), tb)
def plain():
    yield 1
p = plain()
next(p)
try:
    p.throw(KeyError, "gone")
except KeyError as e:
    print("escaped", repr(e))
x.close()
