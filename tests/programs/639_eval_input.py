# The course's calculator: numbers typed by the user, read with eval(input()).
a = eval(input("请输入第一个数: "))
b = eval(input("请输入第二个数: "))
print()
print(a, "+", b, "=", a + b)
print(type(a).__name__, type(b).__name__)
nums = eval(input("A list: "))
print(sum(nums), max(nums), sorted(nums, reverse=True))
point = eval(input("A tuple: "))
x, y = point
print(f"x={x}, y={y}")
expr = input("An expression: ")
print(expr, "=", eval(expr))
try:
    eval(input("Something broken: "))
except SyntaxError as e:
    print("SyntaxError:", e)
