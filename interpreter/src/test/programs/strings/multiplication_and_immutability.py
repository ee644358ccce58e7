# Strings are immutable; methods return new objects.
s = 'abc'
t = s.upper()
print(s, t, s is not t)
u = s
s += 'd'
print(s, u)
print('ab' * 3 == 'ababab', 'x'.join('') == '', 'abc'.replace('z', 'y') == 'abc')
print('-'.join(['a']) , 'abc'[:], 'abc'[:] == 'abc')
parts = []
for i in range(3):
    parts.append(str(i) * (i + 1))
print(parts, '|'.join(parts))
