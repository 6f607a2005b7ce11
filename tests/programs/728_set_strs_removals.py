# Sets of strs after removals and pops: the dummies removed strings leave decide where the
# next additions go, as in CPython's table (str hashes as with PYTHONHASHSEED=0).
colors = {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"}
print(colors)
colors.discard("green")
colors.remove("cyan")
print(colors)
colors.add("orange")
colors.add("purple")
print(colors)
print(colors.pop(), colors.pop(), colors)
colors |= {"green", "cyan", "grey"}
print(colors)
colors -= {"red", "white"}
print(colors)
colors ^= {"red", "black", "pink"}
print(colors)
colors &= {"red", "pink", "orange", "grey", "navy"}
print(colors)
tags = set()
for word in "to be or not to be that is the question whether tis nobler".split():
    if word in tags:
        tags.remove(word)
    else:
        tags.add(word)
    print(sorted(tags) == sorted(set(tags)), tags)
inventory = {"sword": 1, "shield": 2, "potion": 3, "map": 4}
print(inventory.keys() | {"torch"}, inventory.keys() - {"map"})
print(inventory.keys() & {"potion", "sword", "rope"}, inventory.keys() ^ {"map", "rope"})
print({"torch", "rope"} | inventory.keys(), {"potion", "rope"} - inventory.keys())
items = inventory.items()
print(items ^ {("map", 4), ("rope", 5)}, items ^ {"lamp": 1, "map": 4}.items())
