text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>4} {'*' * n}")
lines = text.splitlines()
print(len(lines), [len(l.split()) for l in lines])
longest = max(text.split(), key=len)
print("longest:", longest)
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:3]
print(top)
print(sorted(set(text.split())))
