# A traceback line that ends in blanks: CPython counts them in the line, so an expression
# that covers only the text before them is still marked.
def call(f, *args):   
    return f(*args)   
try:
    int(1,   
        2, 3)
except TypeError as e:
    print(e)
x = None
call(lambda: x.missing)   
