class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass

def test(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf"
    except Mid:
        return "Mid"
    except Base:
        return "Base"
    except Exception as e:
        return "other " + type(e).__name__

for exc in [Leaf(), Mid(), Base(), KeyError("k")]:
    print(type(exc).__name__, "->", test(exc))
try:
    try:
        raise Leaf("内层")
    except Base as e:
        raise Mid("外层") from e
except Mid as e:
    print(e, "cause:", type(e.__cause__).__name__, e.__cause__)
print(issubclass(Leaf, Exception), issubclass(Base, BaseException))
