# Rich comparisons, NotImplemented and reflected comparisons.
class Version:
    def __init__(self, s):
        self.parts = tuple([int(p) for p in s.split('.')])
    def __repr__(self):
        return 'v' + '.'.join([str(p) for p in self.parts])
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ['1.10.0', '1.2.3', '1.2', '0.9.9']]
print(sorted(vs), max(vs), min(vs))
print(Version('1.0') == Version('1.0'), Version('1.0') != Version('1.1'), Version('1.0') == '1.0')
print(Version('2.0') > Version('1.0'), Version('1.0') >= Version('1.0'))
print(len({Version('1.0'), Version('1.0'), Version('2.0')}))
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print('TypeError', e)
class Unhashable:
    def __eq__(self, other):
        return True
try:
    hash(Unhashable())
except TypeError as e:
    print('TypeError', e)
