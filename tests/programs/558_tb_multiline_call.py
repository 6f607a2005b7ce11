# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_multiline_call
total = sum([1, 2,
             "three"])
