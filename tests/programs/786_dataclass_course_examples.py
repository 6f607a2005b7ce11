# Course-style dataclass programs: a shopping cart, a deck of cards sorted by order=True,
# a frozen money value used as a dict key, an inventory with validation in __post_init__,
# and a dataclass next to the equivalent hand-written class.
from dataclasses import dataclass, field, replace, asdict

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    @property
    def subtotal(self):
        return self.price * self.qty

@dataclass
class Cart:
    items: list[Item] = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return sum(i.subtotal for i in self.items)

cart = Cart().add(Item("pen", 1.5, 4)).add(Item("book", 12.0))
print(cart)
print("total", cart.total(), len(cart.items))
print(Cart() == Cart(), Cart() is Cart())

RANKS = "2 3 4 5 6 7 8 9 10 J Q K A".split()
SUITS = "♣ ♦ ♥ ♠".split()

@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str

    def __post_init__(self):
        self.sort_index = RANKS.index(self.rank) * len(SUITS) + SUITS.index(self.suit)

    def __str__(self):
        return f"{self.rank}{self.suit}"

hand = [Card("Q", "♥"), Card("2", "♠"), Card("A", "♣"), Card("Q", "♣")]
print(", ".join(str(c) for c in sorted(hand)))
print(max(hand), Card("10", "♦") > Card("9", "♠"))

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return replace(self, amount=self.amount + other.amount)

wallet = {Money(5): "five", Money(5, "USD"): "five dollars"}
print(wallet[Money(5)], Money(5) + Money(7), len({Money(1), Money(1), Money(2)}))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Stock:
    sku: str
    count: int = 0
    history: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        if self.count < 0:
            raise ValueError(f"negative count for {self.sku}: {self.count}")
        self.sku = self.sku.upper()

    def move(self, n):
        self.count += n
        self.history.append(n)

s = Stock("ab-1", 3)
s.move(-2)
s.move(5)
print(s, s.history, asdict(s))
try:
    Stock("zz", -1)
except ValueError as e:
    print("ValueError:", e)

class HandWritten:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"{type(self).__qualname__}(x={self.x!r}, y={self.y!r})"
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.x, self.y) == (other.x, other.y)
        return NotImplemented

@dataclass
class Generated:
    x: int
    y: int = 0

print(HandWritten(1), Generated(1))
print(HandWritten(1) == HandWritten(1), Generated(1) == Generated(1))
print(HandWritten.__hash__, Generated.__hash__)
print(sorted(k for k in vars(Generated) if k.startswith("__") and k not in vars(HandWritten)))
