class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        print("__len__")
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]

s = Seq("abc")
print(list(reversed(s)))

class Custom:
    def __reversed__(self):
        print("__reversed__")
        return iter([3, 2, 1])
print(list(reversed(Custom())))

class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), "".join(reversed("中文")))
reversed(5)
