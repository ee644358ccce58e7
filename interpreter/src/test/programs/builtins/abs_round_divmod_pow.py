# abs, round, divmod, pow on ints and floats.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 100))
print(round(3.14159, 2), round(2.5), round(1.5), round(-1.5), round(0.5), round(1e20), round(7, -1))
print(round(3.14159), round(2.675, 2), round(-0.0), round(1.23456789, 5), type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2.0, 3), pow(2, -3), pow(5, 3, 13), pow(-3, 3, 7), pow(0, 0), pow(9, 0.5))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
