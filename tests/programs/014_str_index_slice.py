s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[:], s[::-1], s[::2], s[1::2])
print(s[-3:], s[:-3], s[10:], s[-10:2], s[4:1], s[4:1:-1])
print(len(s), "y" in s, "th" in s, "" in s)
for i, ch in enumerate(s):
    print(i, ch, end="; ")
print()
print(list(s), tuple("ab"))
print(s * 2, s + "!" * 3)
print(s == "Python", s is not None, s != "python")
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[6])
except IndexError as e:
    print("IndexError:", e)
print("J" + s[1:])
words = "the quick brown fox".split()
print([w[0].upper() + w[1:] for w in words])
print(" ".join(reversed(words)))
