# At exit, cycles the program already let go of are finalized first, then what the globals hold.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
c1 = A("c1"); c2 = A("c2"); c1.o = c2; c2.o = c1
del c1, c2
g = A("g")
lst = [A("in-list")]
s = A("self"); s.me = s
print("end")
