# Unpacking in list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b, 1}, [*'hi', *range(2)])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1, 'x': 'last'})
print(*a, *b, sep='-')
t = *a, 99
print(t)
print([*[], *()], {**{}})
