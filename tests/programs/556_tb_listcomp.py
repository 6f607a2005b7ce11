# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_listcomp
def f(x):
    return x // 0
print([f(i) for i in range(3)])
