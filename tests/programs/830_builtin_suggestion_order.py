# NameError's suggestion searches CPython's builtins in their dict order, names metalab does not
# define included: 'atexit' is as close to 'anext' as to 'exit', and 'anext' comes first.
import builtins
names = list(vars(builtins))
print(names.index('abs') < names.index('print') < names.index('None') < names.index('bool'))
print(names.index('BaseException') < names.index('Exception') < names.index('ExceptionGroup' if 'ExceptionGroup' in names else 'IOError'))
def on_exit():
    print("bye")
atexit.register(on_exit)
