# CPython 3.11 keeps a plain instance's attributes inline, by the names its class shares
# among its instances: room for 30, less one per instance made (down to one), less one per
# new name. An instance whose new attribute finds no room gets a real __dict__, and so does
# one whose __dict__ the program asks for; a collection counts such a dict as one more object.
import gc


def collect(label):
    print(label, gc.collect())


class Many:
    pass


keep = [Many() for i in range(40)]


def cycle(cls, name):
    a = cls()
    setattr(a, name, a)


gc.collect()
cycle(Many, "me")
collect("first new name after 40 instances")
cycle(Many, "me")
collect("a name the class has")
cycle(Many, "other")
collect("no room left")


class Wide:
    pass


def wide(n, last):
    w = Wide()
    for i in range(n):
        setattr(w, "a%d" % i, i)
    setattr(w, last, w)


for n in (0, 10, 20, 26, 28):
    wide(n, "last%d" % n)
    collect("Wide with %d more names" % n)


class Asked:
    pass


def asked(how):
    a = Asked()
    a.me = a
    if how == "vars":
        vars(a)
    elif how == "__dict__":
        a.__dict__
    elif how == "dir":
        dir(a)


for how in ("nothing", "vars", "__dict__", "dir"):
    asked(how)
    collect("asked " + how)


class Listed:
    pass


def listed_then(name):
    a, b = Listed(), Listed()
    b.x = 1
    dir(b)
    c = Listed()
    setattr(c, name, c)


listed_then("y")
collect("after dir() of an instance, a new name")
