# Methods and attributes of int.
n = 1000
print(n.bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length(), (255).bit_count())
print(n.to_bytes(2, 'big'), int.from_bytes(b'\x03\xe8', 'big'), n.as_integer_ratio(), (-7).as_integer_ratio())
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), (5).__index__())
print(int.__name__, (7).__class__.__name__, isinstance(n, int), (True).bit_length())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print((3).__add__(4), (3).__mul__('x') is NotImplemented, (10).__floordiv__(3), (2).__pow__(10))
