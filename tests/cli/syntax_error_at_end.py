# A block left empty at the end of the file: CPython reads the program as a file, and
# the error at its last DEDENT has no column, so no caret.
for i in range(3):
    # the body is still to write
