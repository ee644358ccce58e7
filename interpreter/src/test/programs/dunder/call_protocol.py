# __call__ makes instances callable.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
p = Polynomial(1, -3, 2)
print(p(0), p(1), p(2), p(10), list(map(p, range(5))), callable(p), callable(Polynomial))
class Adder:
    def __call__(self, *args, **kwargs):
        return sum(args) + sum(kwargs.values())
print(Adder()(1, 2, x=3))
try:
    object()()
except TypeError as e:
    print('TypeError', e)
