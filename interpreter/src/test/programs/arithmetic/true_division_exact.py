# int / int is correctly rounded, even for big operands.
print(10 ** 30 / 10 ** 10, (2 ** 70 + 1) / 2 ** 70, 1 / 3)
print(123456789 / 1000, 2 ** 53 / 3, (10 ** 400) / (10 ** 398))
print(7 / 7, 0 / 5, -0 / 5, 1 / -3)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
