# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_compare
def g(a, b):
    return a < b
g(1, "x")
