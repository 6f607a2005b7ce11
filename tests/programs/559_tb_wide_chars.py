# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_wide_chars
名字 = {"键": 1}
print(名字["值"])
