# namedtuple, Counter and deque in one program, and how error messages name the C types
# of `collections` (with their module, as CPython's tp_name does).
import collections
from collections import namedtuple, Counter, deque, OrderedDict, defaultdict

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

Visit = namedtuple('Visit', 'page user seconds')
log = [
    Visit('home', 'ann', 5), Visit('shop', 'bob', 30), Visit('home', 'bob', 2),
    Visit('cart', 'ann', 12), Visit('shop', 'ann', 40), Visit('home', 'cy', 3),
]
pages = Counter(v.page for v in log)
print(pages, pages.most_common(1))
time_on = Counter()
for v in log:
    time_on[v.user] += v.seconds
print(time_on.most_common(), time_on.total())
recent = deque(maxlen=3)
for v in log:
    recent.append(v.page)
print(recent, Counter(recent))
by_user = defaultdict(list)
for v in log:
    by_user[v.user].append(v._replace(user=None))
print({user: [x.page for x in visits] for user, visits in by_user.items()})
longest = max(log, key=lambda v: v.seconds)
print(longest, longest._asdict())

def window_counts(items, size):
    window, counts = deque(), Counter()
    for item in items:
        window.append(item)
        counts[item] += 1
        if len(window) > size:
            counts[window.popleft()] -= 1
        yield +counts
print(list(window_counts('aabcb', 2)))

print(collections.deque is deque, collections.Counter.__module__, collections.namedtuple('X', 'a').__module__)
attempt(lambda: hash(deque()))
attempt(lambda: deque().nothing)
attempt(lambda: OrderedDict().nothing)
attempt(lambda: defaultdict().nothing)
attempt(lambda: hash(OrderedDict()))
attempt(lambda: hash(defaultdict(int)))
attempt(lambda: deque() < 1)
attempt(lambda: 1 + deque())
attempt(lambda: [] + deque())
attempt(lambda: 'a' * deque())
attempt(lambda: len(iter(deque())))
attempt(lambda: Counter().nothing)
attempt(lambda: hash(Counter()))
attempt(lambda: namedtuple('P', 'x')(1).nothing)
attempt(lambda: namedtuple('P', 'x').x.nothing)
attempt(lambda: type(namedtuple('P', 'x').x))
attempt(lambda: type(iter(deque())))
attempt(lambda: 1.5 * deque([1]))
attempt(lambda: [1] * deque([1]))
attempt(lambda: deque([1]) * [1])
attempt(lambda: OrderedDict(a=1).move_to_end('b'))
