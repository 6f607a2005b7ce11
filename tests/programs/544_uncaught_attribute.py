class Config:
    def __init__(self):
        self.debug = True
        self.verbose = False
c = Config()
print(c.debug)
print(c.verbos)
