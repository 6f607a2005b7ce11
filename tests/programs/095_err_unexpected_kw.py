def greet(name, greeting="Hello"):
    return f"{greeting}, {name}"
print(greet("A", greeting="Hi"))
print(greet("B", salutation="Yo"))
