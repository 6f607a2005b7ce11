# hash() of a str is CPython's SipHash-1-3 of the string's storage: one byte a character for
# Latin-1 text, two below U+10000, four above (the tests run CPython with PYTHONHASHSEED=0).
words = ["", "a", "ab", "spam", "abcdefgh", "abcdefghi", "__init__", "hello world",
         "café", "ÿ", "Ā", "naïve", "中文", "日本語のテキスト", "😀", "a😀", "Ωμέγα", "x" * 40]
for w in words:
    print(repr(w), len(w), hash(w))
# Strings built at run time hash like equal literals.
print(hash("sp" + "am") == hash("spam"), hash("".join(["ca", "fé"])) == hash("café"))
print(hash(str(12345)), hash(f"{1}-{2}"), hash("abc".upper()), hash(chr(0x1F600)))
# Tuples and frozensets of strs hash from the items' hashes.
print(hash(("a", "b")), hash(("spam", 1, 2.5)), hash(("café", ("中文",))))
print(hash(frozenset({"a", "b", "c"})), hash(frozenset(["spam"])), hash(frozenset()))
# A str subclass keeps str's hash.
class Name(str):
    pass
print(hash(Name("spam")) == hash("spam"), {Name("spam"): 1}["spam"])
# A key whose __hash__ is a str's finds that str in a dict or a set.
class Key:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        return other == self.text
d = {"x": 1, "spam": 2, "中文": 3}
print(d[Key("spam")], d[Key("中文")], Key("x") in d, Key("y") in d)
s = {"spam", "eggs", "ham"}
print(Key("eggs") in s, Key("toast") in s)
# Sets of strs print in the slot order those hashes give.
print(set("hello world"), set("mississippi"), set("日本語"))
print({w for w in words if len(w) < 5})
print(sorted({"pear", "fig", "kiwi"}), len({"a", "b", "a"}))
