a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a + [5]
print(c, a, c is a)
print([0] * 4, [1, 2] * 2, [] * 3)
print(2 in a, 9 in a, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print(a == [1, 2, 3, 4], a != b)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested))
a += [6]
print(a, b)
a = a + [7]
print(a, b)
print(list(range(5)), list("hi"), list((1, 2)), list({"x": 1}))
m = [1, [2, 3]]
shallow = m.copy()
shallow[1].append(4)
print(m)
print(sum([[1], [2], [3]], []))
print(max([3, 7, 2]), min([[2, 1], [1, 9]]))
print([1, "a", None, 2.5, [True]])
lst = [5, 3, 8]
del lst[1]
print(lst)
lst[0] = lst
print(lst)
