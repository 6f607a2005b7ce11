def parse(s):
    try:
        return int(s)
    except ValueError:
        print("could not parse", repr(s))
        return undefined_fallback
print(parse("5"))
print(parse("five"))
