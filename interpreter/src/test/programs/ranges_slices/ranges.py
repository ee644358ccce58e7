# range objects.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7))
print(range(0, 10, 2) == range(0, 9, 2), range(5)[::-1], list(range(5)[::-2]))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19:][:2])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print('OverflowError', e)
print(repr(range(1, 2)), repr(range(0, 6, 2)), sum(range(101)))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
