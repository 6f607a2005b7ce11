# A long chain of exceptions (each raised while handling the one before) is printed whole.
def f(n):
    try:
        raise ValueError(f"level {n}")
    except ValueError:
        if n < 14:
            f(n + 1)
        else:
            raise KeyError("bottom")
f(0)
