dict(a=1, b=2)
dict(**{'a': 1})
f(dict())
