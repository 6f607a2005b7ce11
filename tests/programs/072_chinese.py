name = "小明"
print("你好", name)
print(f"欢迎, {name}!")
scores = {"语文": 90, "数学": 95, "英语": 88}
for subject, score in scores.items():
    print(subject, ":", score)
total = sum(scores.values())
print("总分:", total, "平均分:", round(total / len(scores), 2))
best = max(scores, key=scores.get)
print("最好的科目是", best)
s = "我爱学习Python"
print(len(s), s[0], s[-6:], s[::-1])
print(repr(s), s.upper())
print(list("中文"), "中" in s, s.find("学"))
print("，".join(["一", "二", "三"]))
words = "春 夏 秋 冬".split()
print(words, sorted(words))
print(f"{'名字':<4}|{'年龄':>4}|")
print("%s今年%d岁" % (name, 12))
