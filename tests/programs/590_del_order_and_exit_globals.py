# __del__ at exit sees every global (Person.count); a list's items are released last to first
# (at exit, by clear(), by deleting or replacing a slice), an extended slice's first to last.
class RR:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [RR(1), RR(2), RR(3)]; l.clear(); print("-")
l = [RR(1), RR(2), RR(3)]; del l[:]; print("-")
l = [RR(1), RR(2), RR(3)]; l[:] = [RR(4)]; print("-")
l = [RR(1), RR(2), RR(3)]; l[0:2] = []; print("-")
l = [RR(1), RR(2), RR(3), RR(4)]; del l[::2]; print("-")
l = [RR(1), RR(2), RR(3), RR(4)]; del l[::-2]; print("-")
l = [RR(1), RR(2), RR(3)]; del l[1:]; print("-")
del l
class Person:
    count = 0
    def __init__(self, name):
        self.name = name
        Person.count += 1
        print("%s joins, %d people" % (name, Person.count))
    def __del__(self):
        Person.count -= 1
        print("%s leaves, %d people left" % (self.name, Person.count))
def helper():
    return Person("temp")
tom = Person("Tom")
jerry = Person("Jerry")
helper()
team = [Person("Spike"), Person("Tyke")]
del jerry
print("program ends")
