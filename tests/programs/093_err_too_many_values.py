row = "name,age,city"
a, b = row.split(",")
print(a, b)
