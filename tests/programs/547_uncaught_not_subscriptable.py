class Bag:
    def __init__(self):
        self.items = [1, 2]
b = Bag()
print(b.items[0])
print(b[0])
