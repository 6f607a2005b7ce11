# ExceptionGroup.split / subgroup / derive: by type, tuple of types or predicate; the parts are
# rebuilt through derive and share the traceback, cause and context, with a copy of the notes.
def show(label, g, depth=0):
    pad = "  " * depth
    if g is None:
        print(pad + label, None); return
    print(pad + label, type(g).__name__, repr(g), g.__traceback__ is not None, g.__cause__, g.__context__, g.__suppress_context__, getattr(g, '__notes__', 'no notes'))
    for e in getattr(g, 'exceptions', ()):
        show('-', e, depth + 1)

try:
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])]) from OSError('cause')
except ExceptionGroup as e:
    eg = e
eg.add_note("note 1")
m, r = eg.split(ValueError)
show('match', m); show('rest', r)
print(m.__traceback__ is eg.__traceback__, m.__notes__ is eg.__notes__, m.__notes__ == eg.__notes__)
show('sub', eg.subgroup((TypeError, OSError)))
show('sub all', eg.subgroup(ExceptionGroup))
print(eg.subgroup(ExceptionGroup) is eg)
show('sub none', eg.subgroup(KeyboardInterrupt))
print(eg.split(KeyboardInterrupt))
calls = []
def pred(e):
    calls.append(repr(e))
    return isinstance(e, ExceptionGroup) and e.message == 'inner'
show('pred', eg.subgroup(pred)); print(calls)
show('lambda', eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 2)[1])
class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, code=0):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def __init__(self, msg, excs, code=0):
        super().__init__(msg, excs)
    def derive(self, excs):
        print('derive', self.message, excs)
        return MyEG(self.message + '!', excs, self.code + 1)
g = MyEG('mine', [ValueError(1), MyEG('sub', [TypeError(2), ValueError(3)], 5)], 7)
m, r = g.split(TypeError)
show('m', m); show('r', r); print(m.code, r.code, r.exceptions[1].code)
class BadEG(ExceptionGroup):
    def derive(self, excs): return 3
try:
    BadEG('x', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e: print(e)
class Plain(ExceptionGroup): pass
m, r = Plain('p', [ValueError(), TypeError()]).split(ValueError)
show('plain', m)
b = BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(2)])
show('b', b); show('bs', b.split(Exception)[0]); show('bs', b.split(Exception)[1])
print(ExceptionGroup('x', [ValueError()]).derive([KeyboardInterrupt()]))
print(repr(BaseExceptionGroup('x', [ValueError()]).derive((KeyboardInterrupt(),))))
print(ExceptionGroup[int], isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(str(BaseExceptionGroup('', [ValueError()])) == ' (1 sub-exception)')
