data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("v", v)
print((total := 10) + 5, total)
def f(x):
    return x + 1
print([(r, r * r) for x in range(3) if (r := f(x)) % 2])
chunks = []
s = "abcdefg"
while chunk := s[:3]:
    chunks.append(chunk)
    s = s[3:]
print(chunks)
print(any((hit := x) > 10 for x in data), hit)
