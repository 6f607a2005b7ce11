# NameError suggests True: CPython searches the builtins, where True/False/None are names too.
flag = Tru
