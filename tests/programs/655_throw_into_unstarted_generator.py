# close() and throw() on a generator that has not started: its frame starts and ends at once,
# so its body never runs; the traceback points at the def line.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1

c = countdown(3)
c.close()
print("closed before start:", list(c))

d = countdown(2)
print(next(d))
d.close()
print("closed after start:", list(d))

e = countdown(5)
e.throw(ValueError("thrown before the first next()"))
