# Counting calls back into the program: each element's __hash__ and __eq__, a count's
# operators, and a subclass's own get, __setitem__, update and __missing__.
from collections import Counter

class Card:
    def __init__(self, rank):
        self.rank = rank
    def __hash__(self):
        print('hash', self.rank)
        return hash(self.rank)
    def __eq__(self, other):
        print('eq', self.rank, other.rank)
        return self.rank == other.rank
    def __repr__(self):
        return f'Card({self.rank})'

hand = Counter([Card('K'), Card('Q'), Card('K')])
print(hand)
hand.update([Card('Q')])
print(hand[Card('K')], Card('A') in hand)
hand.subtract([Card('K')])
print(hand.most_common())

class Logged(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)
    def get(self, key, default=None):
        print('get', key)
        return super().get(key, default)
    def update(self, *args, **kwargs):
        print('update', args, kwargs)
        super().update(*args, **kwargs)
    def __missing__(self, key):
        print('missing', key)
        return 0

log = Logged('aba', z=1)
print(log)
log.update({'a': 5})
empty = Logged()
empty.update({'q': 1})
print(log, empty, log + empty, log.copy(), log['nothing'])

class Points:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print('add', self.v, other)
        return Points(self.v + (other.v if isinstance(other, Points) else other))
    __radd__ = __add__
    def __gt__(self, other):
        print('gt', self.v, other)
        return self.v > (other.v if isinstance(other, Points) else other)
    def __lt__(self, other):
        print('lt', self.v, other)
        return self.v < (other.v if isinstance(other, Points) else other)
    def __repr__(self):
        return f'P{self.v}'

scores = Counter({'ann': Points(2), 'bob': Points(5), 'cy': Points(3)})
print(scores.most_common())
print(scores.most_common(1))
print(scores.most_common(2))
print(scores)
print(scores + Counter({'ann': Points(1)}))
print(scores.total())
