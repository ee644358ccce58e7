# split, rsplit, splitlines, partition, join.
print('a,b,,c'.split(','), 'a b  c '.split(), '  lead'.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), ''.split(), ''.split(','))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'none'.partition('='))
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join('abc'))
print(' '.join([str(n) for n in range(5)]))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
