def t(label, value):
    print("eval", label)
    return value
print(t("a", True) or t("b", True))
print(t("a", False) or t("b", 0))
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", "last"))
print(not t("a", []))
print(t("x", 1) < t("y", 2) < t("z", 0))
print(t("x", 3) < t("y", 2) < t("z", 0))
x = None
print(x and x.attr, x or "fallback")
name = ""
print(name or "anonymous")
print([] or {} or 0 or "" or None)
print(1 and 2 and 3, 1 and 0 and 3)
print(True if t("cond", 0) else t("else", "branch"))
