name = "Bob"
print("Hello %s!" % name)
print("%s is %d years" % (name, 30))
print("%r vs %s" % ("x", "x"))
print("[%5.2f] [%-5s] [%5s] [%%]" % (3.14159, "ab", "ab"))
print("%d%%" % 50)
print("%(name)s has %(n)d apples" % {"name": "Ann", "n": 3})
print("%x %X %o %e %g" % (255, 255, 8, 12345.678, 0.0001))
print("%05d|%+d|% d|%-6d|" % (42, 42, 42, 42))
print("%.3s|%10.4f|%c" % ("abcdef", 2.5, 65))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), None))
print("%d" % 3.99, "%i" % -7, "%s" % True, "%d" % True)
print("%.0f %.1f" % (2.5, 0.05))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
