# Exceptions propagate out of constructors, methods and properties.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f'negative: {v}')
        self.v = v
    @property
    def half(self):
        if self.v % 2:
            raise ArithmeticError('odd value')
        return self.v // 2
for v in [4, -1, 3]:
    try:
        s = Strict(v)
        print('half of', v, 'is', s.half)
    except (ValueError, ArithmeticError) as e:
        print(type(e).__name__, e)
def deep(n):
    if n == 0:
        raise LookupError('bottom')
    return deep(n - 1)
try:
    deep(50)
except LookupError as e:
    print('caught from depth', e)
