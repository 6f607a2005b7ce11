# 中文：属性查找的优先级：数据描述符 > 实例 __dict__ > 非数据描述符/普通类属性
# English: lookup order: data descriptor > instance __dict__ > non-data descriptor / plain class attribute


class Loud:
    # 中文：只有 __get__，是非数据描述符（函数就是这种）
    # English: only __get__: a non-data descriptor (plain functions are this kind)
    def __get__(self, obj, objtype=None):
        return "Loud.__get__"


class Temperature:
    def __init__(self):
        self._c = 0

    # 中文：property 同时有 __get__ 和 __set__，是数据描述符
    # English: property has __get__ and __set__: a data descriptor
    @property
    def celsius(self):
        print("  property getter runs")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  property setter runs with", value)
        self._c = value

    shout = Loud()


t = Temperature()
t.celsius = 25
# 中文：即使直接往 __dict__ 写同名键，数据描述符仍然优先
# English: even a same-named key in __dict__ loses to the data descriptor
t.__dict__["celsius"] = 999
print(t.celsius)
print(t.shout)
# 中文：实例 __dict__ 会遮住非数据描述符
# English: the instance __dict__ hides a non-data descriptor
t.__dict__["shout"] = "from instance __dict__"
print(t.shout)
print(sorted(t.__dict__))
