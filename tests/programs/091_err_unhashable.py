seen = {}
for key in ["a", (1, 2), [3, 4]]:
    seen[key] = True
    print("stored", key)
