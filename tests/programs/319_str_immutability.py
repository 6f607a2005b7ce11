s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s.upper()
print(s, t)
chars = list(s)
chars[0] = "J"
print("".join(chars))
print(s.replace("l", "L"), s)
u = s
s = s + " world"
print(u, "|", s)
try:
    s.append("!")
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * "2"
except TypeError as e:
    print("TypeError:", e)
print("abc" * int("2"), str(5) + "abc")
