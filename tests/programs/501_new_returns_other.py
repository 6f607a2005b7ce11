class Other:
    pass
class Weird:
    def __new__(cls):
        print("Weird.__new__ returns an Other")
        return Other()
    def __init__(self):
        print("never printed")
w = Weird()
print(type(w).__name__)
class Nothing:
    def __new__(cls):
        print("forgot to return")
    def __init__(self):
        print("never")
print(Nothing())
