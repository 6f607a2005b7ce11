# Generators suspended inside except, else, finally and with blocks resume in place.
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return False

def gen():
    try:
        yield 'in body'
        raise KeyError('k')
    except KeyError as e:
        got = yield 'in handler ' + repr(e)
        print('handler got', got)
    else:
        print('no else')
    try:
        yield 'second body'
    except ValueError:
        print('unexpected')
    else:
        got = yield 'in else'
        print('else got', got)
    finally:
        got = yield 'in finally'
        print('finally got', got)
    with Manager('a') as a, Manager('b') as b:
        got = yield 'in with ' + a + b
        print('with got', got)
    try:
        try:
            raise ValueError('v')
        finally:
            yield 'finally while raising'
            print('after finally yield')
    except ValueError as e:
        print('outer caught', e)
    return 'done'

g = gen()
out = [next(g)]
try:
    while True:
        out.append(g.send(len(out)))
except StopIteration as e:
    print('returned', e.value)
print(out)

def closing():
    with Manager('c'):
        try:
            yield 1
            yield 2
        finally:
            print('cleanup')

g = closing()
print(next(g))
g.close()
print('closed')

g = closing()
print(next(g))
try:
    g.throw(RuntimeError('boom'))
except RuntimeError as e:
    print('propagated', e)
