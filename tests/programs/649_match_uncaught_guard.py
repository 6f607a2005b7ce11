# A generator suspended inside a case body resumes there; later an exception in a guard
# propagates out of the generator with the guard's line and carets.


def orders(rows):
    for row in rows:
        match row:
            case {"item": item, "qty": 0}:
                yield f"{item}: nothing ordered"
            case {"item": item, "price": price, "qty": qty} if price / qty > 10:
                yield f"{item}: expensive per unit"
                yield f"{item}: total {price}"
            case {"item": item, **rest}:
                yield f"{item}: {sorted(rest)}"


rows = [
    {"item": "pen", "price": 50, "qty": 2},
    {"item": "cup", "qty": 0},
    {"item": "box", "price": 5, "qty": 1},
    {"item": "bag", "price": 30, "qty": None},
]
for line in orders(rows):
    print(line)
