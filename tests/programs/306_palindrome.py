def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "ab", "上海自来水来自海上"]
for t in tests:
    print(repr(t), is_palindrome(t))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
print(longest_pal("babad"), longest_pal("forgeeksskeegfor"))
def reverse_words(s):
    return " ".join(s.split()[::-1])
print(reverse_words("  hello   world  python "))
print(is_palindrome(str(12321)), [n for n in range(100, 200) if str(n) == str(n)[::-1]])
