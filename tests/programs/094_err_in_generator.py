def reciprocals(nums):
    for n in nums:
        yield 1 / n
for r in reciprocals([4, 2, 1, 0, 5]):
    print(r)
