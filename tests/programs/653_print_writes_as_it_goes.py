# print() writes each argument (and the separator before it) as it goes, so output made by
# an argument's __str__ comes after the arguments before it.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        print(f"[str of {self.name}]")
        return self.name

print("a", Noisy("n1"), "b", Noisy("n2"), sep=" | ")
print("x", end="")
print(Noisy("n3"))
print([1, 2], Noisy("n4"), {"k": 1}, sep=", ", end=" <end>\n")

class Broken:
    def __str__(self):
        raise ValueError("no text")

try:
    print("value:", 42, Broken(), "never")
except ValueError as e:
    print()
    print("caught", e)
print("done")
