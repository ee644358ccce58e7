# String concatenation, repetition, comparison and membership.
a, b = 'foo', 'bar'
print(a + b, a * 3, 3 * b, a * 0, a * -1 == '')
print(a < b, a == 'foo', a != b, 'a' < 'b' < 'c', 'B' < 'a')
print('oo' in a, 'x' in a, a.__len__(), len(a + b))
s = ''
for ch in 'abc':
    s += ch * 2
print(s)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
