# Brackets nested to CPython's limit: 200 levels of every bracketed form parse and run; the
# 201st is the tokenizer's "too many nested parentheses". (Each level passes through a dozen
# parser functions, so this also checks that a browser-sized engine stack holds them.)
f = lambda x: x
d = [0]
forms = {
    "parens": ("(", "1", ")"),
    "lists": ("[", "1", "]"),
    "dicts": ("{1: ", "1", "}"),
    "calls": ("f(", "1", ")"),
    "subscripts": ("d[", "0", "]"),
    "negations": ("-(", "1", ")"),
    "nots": ("not (", "1", ")"),
    "conditionals": ("(1 if ", "1", " else 2)"),
    "generators": ("list(x for x in ", "[1]", ")"),
}
for name, (open_, inner, close) in forms.items():
    for n in (200, 201):
        source = open_ * n + inner + close * n
        try:
            value = eval(source)
            print(name, n, type(value).__name__)
        except SyntaxError as e:
            print(name, n, "SyntaxError:", e.msg)

# Left unclosed, each is the tokenizer's error, found without parsing what is inside a bracket
# again for every bracket around it (d[d[d[... took twice as long per level).
for name, (open_, inner, close) in forms.items():
    try:
        eval(open_ * 199 + inner)
    except SyntaxError as e:
        print(name, "unclosed:", e.msg)
