class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
d = {}
print("defining")
d[Key(1)] = "one"
