# repr() of classmethod/staticmethod objects wraps the function's repr (3.10+); addresses differ
# between runs, so only the shape is printed.
class A:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return 'static'

for key in ('cm', 'sm'):
    r = repr(A.__dict__[key])
    print(r.split(' at ')[0], r.endswith(')>'))
print(A.cm(), A.sm(), type(A.__dict__['cm']).__name__)
