# print with sep, end, file and flush.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -> ', end=' <end>\n')
print()
print('no newline', end='')
print(' continued')
print(1, 2.5, None, True, [1], (2,), {3: 4}, 'é', sep='|')
print('to stdout', file=sys.stdout, flush=True)
print(*range(5), sep=', ')
print('x', sep=None, end=None)
print('', end='')
print(repr(''), 'multi\nline')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
