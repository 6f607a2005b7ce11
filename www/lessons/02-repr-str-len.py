# 中文：__str__ 给人看，__repr__ 给开发者看，__len__ 让 len() 可用
# English: __str__ is for people, __repr__ is for developers, __len__ makes len() work


class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self.songs = list(songs)

    def __str__(self):
        return f"Playlist {self.name} ({len(self.songs)} songs)"

    def __repr__(self):
        return f"Playlist({self.name!r}, {self.songs!r})"

    def __len__(self):
        return len(self.songs)


p = Playlist("road trip", ["a", "b", "c"])
# 中文：print() 和 str() 使用 __str__
# English: print() and str() use __str__
print(p)
# 中文：容器里的元素用 __repr__ 显示
# English: items inside a container are shown with __repr__
print([p])
print(repr(p))
# 中文：len(p) 调用的是 type(p).__len__(p)
# English: len(p) calls type(p).__len__(p)
print(len(p))
# 中文：f-string 默认用 __str__，加 !r 则用 __repr__
# English: f-strings use __str__ by default, !r switches to __repr__
print(f"{p} / {p!r}")
