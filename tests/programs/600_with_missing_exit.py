# A with-statement manager that has __enter__ but no __exit__.
class X:
    def __enter__(self):
        return self
with X():
    pass
