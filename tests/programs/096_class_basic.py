class Student:
    school = "第一中学"
    count = 0
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
        Student.count += 1
    def __repr__(self):
        return f"Student({self.name!r}, {self.grade})"
    def __str__(self):
        return f"{self.name} ({self.grade})"
    def promote(self):
        self.grade += 1
        return self
s1 = Student("李雷", 3)
s2 = Student("韩梅梅", 4)
print(s1, s2)
print([s1, s2])
print(s1.promote().promote())
print(Student.count, s1.school, Student.school)
s1.school = "二中"
print(s1.school, s2.school)
print(s1.name == "李雷", s1 == s1, s1 == Student("李雷", 5))
print(type(s1).__name__, isinstance(s2, Student))
print(Student.promote(s2))
