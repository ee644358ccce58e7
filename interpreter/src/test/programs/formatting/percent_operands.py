# % formatting: how operands are taken (tuple, mapping, single object) and converted.
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
class OnlyFloat:
    def __float__(self):
        return 1.25
class Mapping:
    def __getitem__(self, key):
        return key * 2
print('%d %i %x %o %f %.1e' % (Num(), Num(), Num(), Num(), Num(), Num()), '%f' % OnlyFloat())
print('%(ab)s %(c)r' % Mapping(), 'plain' % Mapping(), 'plain' % [1, 2], 'plain' % {'unused': 1}, 'no args' % ())
print('%s' % [1, 2], '%s' % ((1, 2),), '%r' % ({'k': 'v'},), '%s %s' % ('a', 'b'), '%%%s%%' % 'x')
print('%5.2f|%-8.3e|%+.0f|% .1f|%#.0f|%g|%G|%.3g' % (3.14159, 1234.5, 2.5, 1.0, 2.0, 1e-5, 1e20, 123456))
print('%05d|%-5d|%+05d|% d|%5.3d|%x|%#X|%#o|%o' % (42, 42, 42, 42, 7, -255, 255, 8, -8))
print('%c|%5c|%-3c|' % ('é', 65, 0x1F600), '%.3s|%-6.2s|%*.*s|' % ('abcdef', 'xyz', 6, 2, 'hello'))
print('%d' % 3.99, '%d' % -3.99, '%i' % True, '%s' % None, '%r' % 'q\'t', '%a' % 'ü', '%d%%' % 50)
print('%d' % 10**30, '%x' % 2**70, '%.2f' % 1e300, '%e' % 0.0, '%f' % float('inf'), '%F' % float('nan'))
print('%(x)d-%(x)05.1f-%(y)s' % {'x': 3, 'y': [1]}, '%(a)s %%' % {'a': 1}, '%-*d|' % (-5, 1), '%.*f' % (-2, 1.5))
def show(fmt, value):
    try:
        print(repr(fmt), '->', repr(fmt % value))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
for fmt, value in [('%d', 'x'), ('%x', 1.5), ('%o', '1'), ('%f', 'x'), ('%c', 'ab'), ('%c', -1), ('%c', 0x110000),
                   ('%c', 1.5), ('%d %d', (1,)), ('%d', (1, 2)), ('%(a)s', (1,)), ('%(a)s', {'b': 1}), ('%z', 1),
                   ('%', ()), ('%(a', {'a': 1}), ('%*d', ('x', 1)), ('%.*f', (1.5, 1.0)), ('abc', 5), ('abc', 'x'),
                   ('%s %s', 'ab'), ('%b', 1), ('%\u00e9', 1), ('%5', 1), ('%.', 1), ('%-', 1), ('%d', Mapping()),
                   ('%(a)d', {'a': 'x'}), ('%s', ()), ('%(a)s %s', {'a': 1}), ('%y %s', (1,))]:
    show(fmt, value)
print('%s' % 'x' * 3, '%s-%s' % ('a', 'b') + '!', '%.1f' % 2.25, '%.1f' % 2.35, '%.0f' % 0.5, '%.0f' % 1.5)
