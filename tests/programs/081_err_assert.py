def withdraw(balance, amount):
    assert amount <= balance, f"余额不足: {balance} < {amount}"
    return balance - amount
b = withdraw(100, 30)
print("balance", b)
b = withdraw(b, 100)
print("never")
