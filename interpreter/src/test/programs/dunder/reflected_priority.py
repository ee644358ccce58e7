# Reflected operators: the right operand's method runs when the left returns
# NotImplemented, and a subclass's reflected method runs first.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print('  Num.__add__')
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print('  Num.__radd__')
        return Num(other + self.v)
    def __repr__(self):
        return f'{type(self).__name__}({self.v})'
class Special(Num):
    def __radd__(self, other):
        print('  Special.__radd__')
        return Special(other.v * 100 + self.v)
print(Num(1) + 2)
print(3 + Num(4))
print(Num(1) + Special(2))
print(sum([Num(1), Num(2)]))
class NoAdd:
    pass
try:
    Num(1) + NoAdd()
except TypeError as e:
    print('TypeError', e)
