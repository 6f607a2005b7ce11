class Student:
    def __init__():
        print("初始化学生")

print("定义完成")
try:
    s = Student()
except TypeError as e:
    print(type(e).__name__, e)

class Teacher:
    def greet():
        return "hello"

print(Teacher.greet())
t = Teacher.__new__(Teacher)
print(type(t).__name__)
t.greet()
