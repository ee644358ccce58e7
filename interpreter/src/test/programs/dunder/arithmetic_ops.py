# Arithmetic dunder methods, reflected and in-place.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f'V{self.c}'
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, V):
            return sum([a * b for a, b in zip(self.c, k.c)])
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5
    def __iadd__(self, o):
        self.c = tuple([a + b for a, b in zip(self.c, o.c)])
        return self
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b), a / 2, b // 2, b % 2, a ** 2)
ref = a
a += b
print(a, ref is a)
try:
    a + 1
except AttributeError as e:
    print('AttributeError', e)
try:
    1 - a
except TypeError as e:
    print('TypeError', e)
