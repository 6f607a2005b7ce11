for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    total += i
else:
    print("not printed")
print("total", total)
for c in "abc":
    pass
print("c after loop:", c)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print(i, j, end=" ")
print()
data = [1, 2, 3]
for item in data:
    if item == 5:
        print("found")
        break
else:
    print("not found")
