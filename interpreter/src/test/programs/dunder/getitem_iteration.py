# __getitem__ alone makes an object iterable (old sequence protocol).
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=' ')
print()
a, b, *c = Squares()
print(a, b, c)
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = Seq('hello')
print(list(reversed(s)), s[1:3], sorted(s), len(s))
