# += uses __iadd__ if present, otherwise __add__ and rebinds.
class WithIadd:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
class OnlyAdd:
    def __init__(self, items):
        self.items = items
    def __add__(self, other):
        return OnlyAdd(self.items + [other])
a = WithIadd()
ref = a
a += 1
a += 2
print(a.items, a is ref)
b = OnlyAdd([])
ref = b
b += 1
print(b.items, ref.items, b is ref)
class Holder:
    pass
h = Holder()
h.x = OnlyAdd([0])
h.x += 5
print(h.x.items)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
