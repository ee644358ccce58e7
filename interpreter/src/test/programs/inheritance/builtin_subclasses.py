# Subclassing list, dict, str and int.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict()
print(d['abc'], d, d.get('zz'), 'zz' in d)
class Meters(float):
    def __repr__(self):
        return f'{float(self)}m'
m = Meters(2.5)
print(repr(m), m + 1, type(m + 1).__name__)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper('shout'), Upper('a') == 'A', len(Upper('xyz')))
class Count(int):
    def next(self):
        return Count(self + 1)
print(Count(5).next().next(), isinstance(Count(1), int))
