students = [("张三", 85), ("李四", 92), ("王五", 78)]
print("成绩单")
print("=" * 10)
for name, score in students:
    level = "优秀" if score >= 90 else ("良好" if score >= 80 else "及格")
    print(f"{name}: {score}分 {level}")
print("人数: {}".format(len(students)))
avg = sum(s for _, s in students) / len(students)
print("平均: %.1f" % avg)
best = max(students, key=lambda t: t[1])
print("第一名是%s, 得了%d分" % best)
print(sorted(students, key=lambda t: -t[1]))
print("{0}和{1}是朋友".format("甲", "乙"))
print("长度", len("成绩单"), "成绩单".replace("单", "表"))
