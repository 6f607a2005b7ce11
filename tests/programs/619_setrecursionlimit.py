import sys
print(sys.getrecursionlimit())
for v in [0, -1, 'x', 2.5, 50]:
    try:
        sys.setrecursionlimit(v)
        print('ok', sys.getrecursionlimit())
    except Exception as e:
        print(type(e).__name__, e)
def f(n):
    return f(n + 1) if n < 100 else n
try:
    print(f(0))
except RecursionError as e:
    print(e)
def g(n):
    if n == 10:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
        return 0
    return g(n + 1)
g(0)
sys.setrecursionlimit(1000)
print(f(0))
