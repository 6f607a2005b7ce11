# An exception raised while another is being handled takes it as its __context__ when
# raised, even when it is caught before it leaves that handler.
def show(e):
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))


try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError as e:
        show(e)
    try:
        try:
            raise TypeError("deeper")
        finally:
            pass
    except TypeError as e:
        show(e)


def nested(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n:
            nested(n - 1)
        raise


try:
    nested(2)
except ValueError as e:
    show(e)


def cleanup(n):
    try:
        raise IndexError(n)
    finally:
        if n:
            cleanup(n - 1)


cleanup(3)
