# except*: wrapping a naked exception, clauses splitting what earlier ones left, handlers that
# raise or re-raise, the merged re-raise, else/finally, generators suspended in a handler.
import sys

def run(label, f):
    try:
        r = f()
        print(label, 'returned', r)
    except BaseException as e:
        print(label, 'raised', type(e).__name__, repr(e))
        ctx = e.__context__
        print('   context', repr(ctx), 'cause', repr(e.__cause__))
        for x in getattr(e, 'exceptions', ()):
            print('   -', repr(x), 'ctx', repr(x.__context__))

def naked_handled():
    try:
        raise ValueError('v')
    except* ValueError as e:
        print('  got', repr(e), repr(e.exceptions[0]), sys.exc_info()[1] is e)
    return 'done'
run('naked_handled', naked_handled)

def naked_unmatched():
    try:
        raise ValueError('v')
    except* TypeError:
        print('  no')
run('naked_unmatched', naked_unmatched)

def naked_new():
    try:
        raise ValueError('v')
    except* ValueError:
        raise KeyError('k')
run('naked_new', naked_new)

def partial():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print('  V', repr(e))
    except* TypeError as e:
        print('  T', repr(e))
run('partial', partial)

def reraise_some():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('h', [ValueError(3), OSError(4)])])
    except* ValueError as e:
        print('  V', repr(e))
        raise
    except* OSError as e:
        print('  O', repr(e))
run('reraise_some', reraise_some)

def mixed():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise RuntimeError('from V') from None
    except* TypeError as e:
        raise
    except* OSError as e:
        e.add_note('seen')
        raise ExceptionGroup('new', [KeyError('k')])
run('mixed', mixed)

def order():
    log = []
    def t(name, cls):
        log.append(name)
        return cls
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1)])
        except* t('first', ValueError):
            log.append('handler1')
        except* t('second', TypeError):
            log.append('handler2')
        except* t('third', (KeyError, OSError)):
            log.append('handler3')
        else:
            log.append('else')
        finally:
            log.append('finally')
    finally:
        print('  ', log)
run('order', order)

def noexc():
    try:
        x = 1
    except* ValueError:
        print('no')
    else:
        print('  else ran')
    return x
run('noexc', noexc)

def bad_type():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        pass
    except* ExceptionGroup:
        pass
run('bad_type', bad_type)

def bad_type2():
    try:
        raise ValueError(1)
    except* (TypeError, int):
        pass
run('bad_type2', bad_type2)

def nested():
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
        except* ValueError:
            print('  inner V')
    except* TypeError as e:
        print('  outer T', repr(e))
run('nested', nested)

def in_except():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
        except* ValueError:
            raise OSError('new')
run('in_except', in_except)

def base_exc():
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)])
    except* Exception as e:
        print('  E', repr(e))
run('base_exc', base_exc)

def loop():
    out = []
    for i in range(3):
        try:
            if i != 1:
                raise ExceptionGroup('g', [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
    try:
        e
    except NameError as n:
        out.append(str(n))
    return out
run('loop', loop)

def gen():
    try:
        yield 1
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        yield repr(e)
        yield 'after V'
    except* TypeError as e:
        v = yield repr(e)
        yield f'sent {v}'
        raise KeyError(v)
    yield 'end'
def drive():
    g = gen()
    out = [next(g), next(g), next(g), next(g)]
    out.append(g.send('S'))
    try:
        next(g)
    except BaseException as e:
        out.append(repr(e))
    return out
run('gen', drive)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)
def sub():
    try:
        raise MyEG('mine', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('  ', repr(e))
run('sub', sub)

def filtered():
    try:
        raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print('  ', repr(e), e.exceptions)
    except* ValueError as e:
        print('  never')
run('filtered', filtered)

def split_override():
    class G(ExceptionGroup):
        def split(self, t):
            print('  split called', t.__name__)
            return super().split(t)
    try:
        raise G('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
run('split_override', split_override)
orig = ExceptionGroup('x', [ValueError(1), TypeError(2)])
try:
    try:
        raise orig
    except* KeyError:
        print('no')
except ExceptionGroup as e:
    print(e is orig, repr(e), e.__traceback__ is orig.__traceback__)
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        print('caught', repr(e), e.__traceback__, sys.exc_info()[1] is e)
        raise
except BaseException as e:
    print('outer', repr(e), e.__traceback__)
try:
    try:
        raise ValueError(5)
    except* TypeError as e:
        print('no')
except BaseException as e:
    print('outer2', repr(e))
try:
    try:
        raise orig
    except* ValueError as e:
        print('caught', repr(e), e is orig)
        raise
except BaseException as e:
    print('outer3', repr(e), e is orig, [id(x) == id(y) for x, y in zip(e.exceptions, orig.exceptions)])
def g():
    try:
        raise orig
    except* ValueError as e:
        raise e
    except* TypeError as e:
        raise
try:
    g()
except BaseException as e:
    print('outer4', repr(e), e.__context__)
    for x in e.exceptions: print('  ', repr(x), repr(x.__context__))
try:
    try:
        raise orig
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print('T', e, repr(e.__context__))
try:
    try:
        raise orig
    except* 3:
        pass
except TypeError as e:
    print('T', e, repr(e.__context__))
try:
    raise orig
except* ValueError:
    print('v')
except* TypeError as t:
    print('t', repr(t))
else:
    print('else')
finally:
    print('fin')
try:
    pass
except* ValueError:
    print('v')
else:
    print('else')
print(t if 't' in dir() else 'unbound')
