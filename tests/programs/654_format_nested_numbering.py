# str.format numbers the fields inside a format spec with the same counter as the others.
print("{0:{1}}|".format("ab", 5))
print("{:>{}}|".format("ab", 5))
print("{:{w}}|".format("ab", w=6))
print("{:.{}f}".format(3.14159, 2))
print("{:{}.{}f}|".format(3.14159, 8, 3))
print("{:{}}{}".format("a", 3, "b"))
print("{:{fill}^{width}}".format("mid", fill="*", width=9))
rows = [("apple", 1.5), ("kiwi", 12.25)]
width = max(len(n) for n, _ in rows)
for name, price in rows:
    print("{:<{}} {:>{}.{}f}".format(name, width, price, 8, 2))
for bad in ["{0:{}}", "{:{1}}"]:
    try:
        print(bad.format("a", 3))
    except ValueError as e:
        print("ValueError:", e)
