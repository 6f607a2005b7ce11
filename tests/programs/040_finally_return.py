def f():
    try:
        print("in try")
        return "try value"
    finally:
        print("in finally")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(k())
def swallow():
    try:
        1 / 0
    finally:
        return "exception swallowed"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        raise KeyError("k")
    except KeyError:
        log.append("except")
        return log
    finally:
        log.append("finally")
print(order())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
