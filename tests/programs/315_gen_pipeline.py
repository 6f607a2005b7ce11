def read_lines():
    data = ["10", "x", "25", "", "7", "42", "-3"]
    for line in data:
        print("read", repr(line))
        yield line
def parse(lines):
    for line in lines:
        if line.lstrip("-").isdigit():
            yield int(line)
def positive(nums):
    for n in nums:
        if n > 0:
            yield n
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = take(3, positive(parse(read_lines())))
print("pipeline built")
for v in pipeline:
    print("value", v)
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 6))))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(window([1, 2, 3, 4, 5], 3)))
gen = (x for x in range(3))
print(list(zip(gen, gen)))
