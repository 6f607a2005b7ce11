# Code made by exec() is in the file "<string>": its frames show no source line.
source = """
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"balance {self.balance} is less than {amount}")
        self.balance -= amount
        return self.balance
"""
ns = {}
exec(source, ns)
acct = ns["Account"](100)
print(acct.withdraw(30))
print(type(acct).__module__ if hasattr(type(acct), "__module__") else None)
acct.withdraw(500)
