class Dog:
    def __init__():
        print("init")
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
class Cat:
    def speak():
        return "meow"
try:
    Cat().speak()
except TypeError as e:
    print("TypeError:", e)
print(Cat.speak())
