def echo():
    received = None
    while True:
        received = yield received
        print("got", received)
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10))
print(a.send(20))
print(a.send(60))
def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
    return total
acc = accumulate()
next(acc)
acc.send(1)
acc.send(2)
try:
    acc.send(None)
except StopIteration as ex:
    print("final total", ex.value)
g = echo()
try:
    g.send("early")
except TypeError as ex:
    print("TypeError:", ex)
