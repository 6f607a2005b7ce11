n = int(input())
total = 0
nums = []
for _ in range(n):
    line = input()
    parts = line.split()
    for p in parts:
        nums.append(int(p))
        total += int(p)
print("numbers:", nums)
print("sum:", total)
print("max:", max(nums), "min:", min(nums))
print("average: %.2f" % (total / len(nums)))
try:
    extra = input()
    print("extra:", extra)
    input()
except EOFError as e:
    print("EOFError:", repr(e))
