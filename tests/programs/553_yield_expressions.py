# `yield` inside larger expressions: evaluation order, short-circuits and sends, as CPython.
def log(tag, value):
    print('eval', tag)
    return value

def arith():
    x = log('left', 1) + (yield 'first')
    print('x =', x)
    y = [log('a', 'a'), (yield 'second'), log('c', 'c')]
    print('y =', y)
    return (yield x * 2)

g = arith()
print(next(g))
print(g.send(10))
print(g.send('B'))
try:
    g.send('done')
except StopIteration as e:
    print('returned', e.value)

def calls():
    print('got', (yield 1), log('after', 'z'))
    d = dict(a=(yield 2), b=log('b', 'B'))
    print(sorted(d.items()))
    total = 100
    total += yield 3
    print('total', total)

g = calls()
print(next(g), g.send('one'), g.send('two'), end=' ')
try:
    g.send(5)
except StopIteration:
    print('stopped')

class Box:
    def __init__(self):
        self.n = 1
        self.items = [0, 0]

def targets(box):
    box.n += yield 'attr'
    box.items[1] -= yield 'item'
    print(box.n, box.items)

b = Box()
g = targets(b)
print(next(g), g.send(41), end=' ')
try:
    g.send(7)
except StopIteration:
    print('stopped')

def short(flag):
    a = flag or (yield 'or needed')
    b = flag and (yield 'and needed')
    c = (yield 'then') if flag else (yield 'else')
    print('short', a, b, c)

for flag in (0, 5):
    g = short(flag)
    out = [next(g)]
    try:
        while True:
            out.append(g.send('s%d' % len(out)))
    except StopIteration:
        pass
    print(out)

def loops():
    while (yield 'more?'):
        print('looping')
    else:
        print('loop else')
    if (yield 'test') == 'yes':
        print('branch taken')
    for i in (yield 'iterable'):
        print('item', i)

g = loops()
print(next(g), g.send(True), g.send(True), g.send(False), g.send('yes'), end=' ')
try:
    g.send([1, 2])
except StopIteration:
    print('stopped')

def nested():
    r = yield (yield 'inner')
    print('r', r)
    print((yield from range(2)) is None)
    w = (n := (yield 'walrus')) + 1
    print('walrus', n, w)

g = nested()
print(next(g), g.send('to outer'), g.send('r-val'), g.send(None), g.send(None), end=' ')
try:
    g.send(4)
except StopIteration:
    print('stopped')

def args(*a, **k):
    return a, k

def star():
    print(args(*(yield 'xs'), **(yield 'kw')))

g = star()
print(next(g), g.send([1, 2]), end=' ')
try:
    g.send({'z': 3})
except StopIteration:
    print('stopped')

def throws():
    try:
        x = 1 + (yield 'first')
    except ValueError as e:
        print('caught', e)
        x = yield 'after catch'
    print('x', x)

g = throws()
print(next(g), g.throw(ValueError('bad')), end=' ')
try:
    g.send(3)
except StopIteration:
    print('stopped')
