print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', "tab\there", "new\nline")
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr("tab\t"), repr("nl\n"), repr("back\\slash"), repr("\r"))
print(repr(""), repr("a"), repr("\x00"), repr("\x7f"), repr("é"), repr("你好"))
print(r"raw\nstring", repr(r"\d+"))
print("\x41\u00e9\u4e2d", "\101")
print("abc" "def", "concat " 'mixed')
s = """line1
line2
  line3"""
print(s)
print(repr(s))
print(len("你好"), len("\n"), len(r"\n"))
print("a" * 3, 3 * "ab", "" * 5)
print(repr('\'"'), repr("\a\b\f\v"))
print(str(42), str(-1.5), str(None), str(True), str([1, "a"]))
print(repr(["it's", 'x', "y\n"]))
