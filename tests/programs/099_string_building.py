parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
line = "-" * 20
print(line)
print("|" + "title".center(18) + "|")
print(line)
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in rows:
    print(f"|{name:<8}|{price:>5.2f}|{qty:>3}|")
print("\n".join(["a", "b", "c"]))
words = "the quick brown fox jumps".split()
acronym = "".join(w[0] for w in words).upper()
print(acronym)
camel = words[0] + "".join(w.title() for w in words[1:])
print(camel)
snake = "_".join(words)
print(snake, snake.count("_"))
print("abc".join(["1", "2", "3"]))
