# Defining __eq__ removes the default __hash__; defining both makes objects usable as keys.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyEq.__hash__ is None)
try:
    {OnlyEq(1)}
except TypeError as e:
    print('TypeError', e)
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v.lower() == other.v.lower()
    def __hash__(self):
        return hash(self.v.lower())
d = {Key('Name'): 1}
d[Key('NAME')] = 2
print(len(d), d[Key('name')])
print(Key('a') in {Key('A')}, Key('a') == 'a')
