a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
print(a)
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a)
a.remove(1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.count(1), a.count(42))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(a, b)
b.clear()
print(b, len(b))
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
