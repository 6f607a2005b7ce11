s = "  Hello, World! Hello!  "
t = s.strip()
print(repr(t), repr(s.lstrip()), repr(s.rstrip()))
print(t.split(), t.split(","), t.split("Hello"))
print("a,b,,c".split(","), "a b  c".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(str(i) for i in range(3)))
print(t.replace("Hello", "Bye"), t.replace("l", "L", 2))
print(t.find("World"), t.find("zzz"), t.rfind("Hello"), t.index("o"), t.rindex("o"))
print(t.count("l"), t.count("Hello"), "aaaa".count("aa"))
print(t.startswith("Hello"), t.endswith("!"), t.startswith(("x", "He")))
print("xxhixx".strip("x"), "www.example.com".strip("cmowz."))
print("hello" in t, "bye" not in t)
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("abc".removeprefix("a"), "abc".removesuffix("bc"))
print("a\tb".expandtabs(4), repr("x".join([])))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
