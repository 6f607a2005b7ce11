n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
i = 10
while True:
    i -= 3
    if i < 0:
        break
print("i =", i)
k = 0
while k < 10:
    if k == 3:
        print("breaking at", k)
        break
    k += 1
else:
    print("never printed")
m = 0
while m > 0:
    print("never")
else:
    print("else runs when condition false at start")
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps", steps)
