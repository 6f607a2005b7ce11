class AppError(Exception):
    pass
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError("missing " + key) from e
try:
    load("b")
except AppError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__cause__)
try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        print("handling, re-raising")
        raise
try:
    reraise()
except TypeError as e:
    print("re-raised:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
