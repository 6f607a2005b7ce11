matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print([[x * 10 for x in row if x % 2] for row in matrix])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
bad = [[0] * 3] * 2
bad[0][0] = 1
print(bad)
table = [[f"{r}{c}" for c in "ab"] for r in range(1, 3)]
print(table)
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
print({k: [v for v in range(k)] for k in range(3)})
