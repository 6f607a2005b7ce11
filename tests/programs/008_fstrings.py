name = "Ada"
age = 36
pi = 3.14159265
items = [1, 2, 3]
print(f"{name} is {age}")
print(f"{name!r} {name!s} {age!r}")
print(f"{name=} {age=} {pi=:.2f}")
print(f"{age + 1 = }")
print(f"{pi:.3f}|{pi:10.2f}|{pi:<10.1f}|{pi:e}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}")
print(f"{age:08.3f}|{age:05d}|{-age:05d}")
print(f"{1234567:,}|{1234567.891:,.2f}|{1234567:_}")
print(f"{255:x}|{255:X}|{255:o}|{255:b}|{255:#x}|{255:#b}")
print(f"{0.25:%}|{0.25:.1%}|{42:+d}|{-42:+d}|{42: d}")
print(f"{items}|{items[0]}|{len(items)}")
print(f"{{braces}} {{{age}}}")
d = {"k": "v"}
print(f"{d['k']} {d}")
w = 12
print(f"{name:>{w}}|{pi:.{2}f}")
print(f"{'nested ' + name}")
print(f"{3 if age > 30 else 4}")
print(f"{None}|{True}|{[1, 'a']!r}")
print(f"{'x'!r:>6}")
