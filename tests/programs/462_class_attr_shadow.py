class Team:
    members = []
    size = 0
    def add(self, name):
        self.members.append(name)
        self.size += 1

a = Team()
b = Team()
a.add("张三")
b.add("李四")
print(a.members, b.members, Team.members)
print(a.size, b.size, Team.size)
print("size" in vars(a), "members" in vars(a))
Team.size = 10
c = Team()
print(c.size, a.size)
del a.size
print(a.size)
try:
    del a.size
except AttributeError as e:
    print(type(e).__name__, e)
