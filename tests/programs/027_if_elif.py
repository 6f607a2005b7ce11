def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 85, 72, 10, 90, 80]:
    print(s, grade(s))
def sign(n):
    if n > 0:
        r = "pos"
    elif n < 0:
        r = "neg"
    else:
        r = "zero"
    return r
print(sign(5), sign(-2), sign(0))
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("FizzBuzz")
if not x:
    print("never")
elif x > 10:
    if x > 12:
        print("big nested")
if []:
    print("empty list true?")
else:
    print("empty list is falsy")
val = "yes" if x else "no"
print(val)
if x: print("one-liner")
