def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    except TypeError as e:
        print("bad types:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally for", a, b)
print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))
for v in ["5", "x", None]:
    try:
        n = int(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "->", e)
    else:
        print("parsed", n)
try:
    try:
        [][1]
    except KeyError:
        print("not here")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", e)
try:
    raise ValueError("boom")
except Exception as e:
    print("caught", repr(e))
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    print("no exception")
except:
    print("never")
else:
    print("else ran")
def bare():
    try:
        1 / 0
    except:
        return "bare except"
print(bare())
