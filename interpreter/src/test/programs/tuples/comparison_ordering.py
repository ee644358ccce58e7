# Tuples compare lexicographically; useful as sort keys.
people = [('Smith', 'Ann', 31), ('Jones', 'Bob', 25), ('Smith', 'Al', 40), ('Jones', 'Bob', 19)]
for p in sorted(people):
    print(p)
print(max(people), min(people, key=lambda p: p[2]))
print((1, 'a') < (1, 'b'), (2,) > (1, 9, 9), (1, 2) == (1.0, 2.0))
try:
    (1, 2) < (1, 'x')
except TypeError as e:
    print('TypeError', e)
