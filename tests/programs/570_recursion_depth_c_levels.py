# CPython 3.11 counts some C-level steps against the recursion limit besides Python frames:
# calling a class or an instance with __call__, repr()/str()/f"{!r}", comparisons, hash().
# Each probe recurses until RecursionError and prints how deep it got and the message.


def probe(name, start):
    try:
        start()
    except RecursionError as e:
        print(name, Probe.depth, e)


class Probe:
    depth = 0


class Init:
    def __init__(self, n):
        Probe.depth = n
        Init(n + 1)


class New:
    def __new__(cls, n):
        Probe.depth = n
        New(n + 1)
        return object.__new__(cls)


class Call:
    def __call__(self, n):
        Probe.depth = n
        self(n + 1)


class Meta(type):
    def __call__(cls, n):
        Probe.depth = n
        return cls(n + 1)


class ViaMeta(metaclass=Meta):
    pass


class Base:
    def __init__(self, n):
        Probe.depth = n
        Child(n + 1)


class Child(Base):
    def __init__(self, n):
        super().__init__(n)


class Repr:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        Probe.depth = self.n
        return repr(Repr(self.n + 1))


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        Probe.depth = self.n
        return Eq(self.n + 1) == other


class Hash:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        Probe.depth = self.n
        return hash(Hash(self.n + 1))


class Add:
    def __add__(self, n):
        Probe.depth = n
        return self + (n + 1)


def plain(n):
    Probe.depth = n
    plain(n + 1)


probe("plain", lambda: plain(0))
probe("__add__", lambda: Add() + 0)
probe("__init__", lambda: Init(0))
probe("__new__", lambda: New(0))
probe("__call__", lambda: Call()(0))
probe("metaclass __call__", lambda: ViaMeta(0))
probe("super().__init__", lambda: Child(0))
probe("repr()", lambda: repr(Repr(0)))
probe("==", lambda: Eq(0) == 1)
probe("hash()", lambda: hash(Hash(0)))
