# A classic mistake: __init__ builds another instance of its own class. CPython gives up at
# about half the depth of plain recursion: each level is a class call (counted in C) and a frame.
class Node:
    def __init__(self):
        self.child = Node()
Node()
