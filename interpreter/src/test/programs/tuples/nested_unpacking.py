# Unpacking tuples in assignments and loops.
point = (3, 4)
x, y = point
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
records = [('ann', (1990, 5)), ('bob', (1985, 12))]
for name, (year, month) in records:
    print(name, year, month)
first, *rest = (1, 2, 3, 4)
print(first, rest)
swap1, swap2 = 'l', 'r'
swap1, swap2 = swap2, swap1
print(swap1, swap2)
