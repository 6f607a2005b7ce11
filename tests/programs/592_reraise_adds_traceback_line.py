def f():
    try:
        1/0
    except ZeroDivisionError as e:
        print("caught")
        raise e
def g():
    try:
        f()
    except Exception as e:
        raise e
def h():
    try:
        g()
    except Exception:
        raise
try:
    h()
except Exception as e:
    x = e
def k():
    raise x
try:
    k()
except Exception:
    pass
def m():
    try:
        raise ValueError("v")
    except ValueError:
        raise
    finally:
        print("cleanup")
        print("more")
m()
