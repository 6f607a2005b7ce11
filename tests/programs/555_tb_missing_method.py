# Traceback markers (^^^ / ~~^~~) as CPython 3.11 prints them: tb_missing_method
class A:
    def m(self):
        return self.missing_method()
A().m()
