people = [("ann", "dev", 30), ("bob", "ops", 25), ("cy", "dev", 25), ("di", "ops", 30), ("ed", "dev", 30)]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept_then_age = sorted(sorted(people, key=lambda p: p[2]), key=lambda p: p[1])
print([p[0] for p in by_dept_then_age])
print([p[0] for p in sorted(people, key=lambda p: (p[1], -p[2], p[0]))])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs)
print(nums)
print(sorted(["b10", "b9", "a1"], key=lambda s: (s[0], int(s[1:]))))
