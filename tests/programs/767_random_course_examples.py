# Course-style programs with a fixed seed: guessing game, dice, Monte Carlo, dealing cards,
# a random walk, passwords, a weighted event table.
import random

random.seed(20240601)

# Guess the number, played by a bisecting computer player.
secret = random.randint(1, 100)
low, high, tries = 1, 100, 0
while True:
    guess = (low + high) // 2
    tries += 1
    if guess < secret:
        low = guess + 1
    elif guess > secret:
        high = guess - 1
    else:
        break
print("secret", secret, "found in", tries, "tries")

# Monte Carlo estimate of pi.
inside = 0
for _ in range(20000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi is about", 4 * inside / 20000)

# Deal four hands of five cards.
suits = ["♠", "♥", "♦", "♣"]
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for n, hand in enumerate(hands, 1):
    print("hand", n, " ".join(hand))

# A random walk.
position, path = 0, []
for _ in range(15):
    position += random.choice([-1, 1])
    path.append(position)
print("walk", path)

# Passwords from letters and digits.
alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
for _ in range(3):
    print("password", "".join(random.choice(alphabet) for _ in range(12)))
print("pin", "".join(random.choices("0123456789", k=4)))

# Events by weight: a loot table.
loot = {"common": 70, "rare": 25, "legendary": 5}
drops = random.choices(list(loot), weights=list(loot.values()), k=1000)
print({name: drops.count(name) for name in loot})

# Split a class into random teams.
names = ["Ana", "Ben", "Chen", "Dora", "Eli", "Fay", "Gus", "Hana"]
random.shuffle(names)
print("teams", names[:4], names[4:])

# A lottery draw, sorted, and a raffle winner.
print("lottery", sorted(random.sample(range(1, 50), 6)), "bonus", random.randint(1, 10))
print("winner", random.choice(names))

# Averages of many rolls approach 3.5.
rolls = [random.randint(1, 6) for _ in range(6000)]
print("average", sum(rolls) / len(rolls), [rolls.count(face) for face in range(1, 7)])
