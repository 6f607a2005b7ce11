"""A linked structure whose methods name classes defined further down."""
from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        node = Node(value)
        tail = self
        while tail.next is not None:
            tail = tail.next
        tail.next = node
        return node

    def to_tree(self) -> Tree:
        return Tree(self)

    def __repr__(self) -> str:
        return f"Node({self.value})"


class Tree:
    root: Node
    size: int = 0

    def __init__(self, root: Node) -> None:
        self.root = root
        node: Node | None = root
        count: Undefined[int] = 0
        while node is not None:
            count += 1
            node = node.next
        self.size = count

    def values(self) -> list[int]:
        out: list[int] = []
        node: Optional[Node] = self.root
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


head = Node(1)
head.append(2)
head.append(3)
tree = head.to_tree()
print(tree.size, tree.values())
print(Node.__init__.__annotations__)
print(Node.append.__annotations__)
print(Node.to_tree.__annotations__)
print(Tree.__annotations__)
print(Tree.values.__annotations__)
print(annotations)
print(type(annotations).__name__, type(annotations).__module__)


def make() -> Later:
    return Later()


class Later:
    pass


print(type(make()).__name__, make.__annotations__)
