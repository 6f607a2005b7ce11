class A:
    pass

try:
    class B(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("C", (A, A), {})
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(object, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class E(A, object):
    pass
print([k.__name__ for k in E.__mro__])
try:
    class F(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
