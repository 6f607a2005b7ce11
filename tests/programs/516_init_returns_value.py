class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print(e)
class AlsoBad:
    def __init__(self):
        return "x"
AlsoBad()
