# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_decorator
def deco(f):
    return f()
@deco
def h():
    return 1 / 0
