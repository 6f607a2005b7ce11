# super().m(...) in its different shapes: plain methods, builtin methods of builtin bases,
# classmethods, staticmethods, properties, explicit two-argument super, and a metaclass __call__.
class Log(list):
    def append(self, x):
        print('append', x)
        super().append(x * 10)
    def extend(self, xs):
        for x in xs:
            self.append(x)

log = Log()
log.append(1)
log.extend([2, 3])
print(log, super(Log, log).__len__())

class Base:
    def hello(self, who='base'):
        return 'hello ' + who
    @classmethod
    def make(cls):
        return cls.__name__ + '.make'
    @staticmethod
    def util(x):
        return x + 1
    @property
    def prop(self):
        return 'Base.prop'

class Child(Base):
    def hello(self, who='child'):
        return super().hello(who) + '!'
    @classmethod
    def make(cls):
        return 'Child<' + super().make() + '>'
    def use(self):
        return super().util(41), super().prop, super(Child, self).hello()

c = Child()
print(c.hello(), Child.make(), c.make(), c.use())

class Meta(type):
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Point(metaclass=Meta):
    def __init__(self, x, y=0):
        self.x, self.y = x, y

p = Point(1, y=2)
print(p.x, p.y)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)

class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d['a'] = 1
print(d)
