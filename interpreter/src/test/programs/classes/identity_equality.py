# Default equality is identity; hash is consistent with it.
class Token:
    def __init__(self, v):
        self.v = v
a, b = Token(1), Token(1)
print(a == b, a == a, a != b, a is b, hash(a) == hash(a))
s = {a, b, a}
print(len(s))
d = {a: 'first'}
print(d.get(b), d[a])
print(id(a) == id(a), id(a) != id(b))
