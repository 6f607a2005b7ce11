class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIterable:
    pass
for action in [lambda: list(NotIterable()), lambda: [*NotIterable()], lambda: next(NotIterable())]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "唯一"
o = Once()
print(list(o), list(o))
it = iter([1])
print(iter(it) is it)
