# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_store_attr_none
x = None
x.attr = 1
