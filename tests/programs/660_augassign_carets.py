# Augmented assignment: the load and the store are positioned on the target, the
# operation on the whole statement (no caret line).
class Obj:
    a = None
    lst = [1, 2]


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


counts = {}
obj = Obj()


def missing_key():
    word = "hi"
    counts[word] += 1


def missing_attr():
    obj.total += 1


def index_out_of_range():
    obj.lst[3] *= 2


def bad_operand():
    x = 1
    x += obj.a


def bad_operand_item():
    obj.lst[0] += obj.a


def multiline_target():
    (obj
        .lst
        .nope) += 1


chain([missing_key, missing_attr, index_out_of_range, bad_operand, bad_operand_item, multiline_target])
