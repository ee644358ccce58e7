# str.format with nested fields, conversions and auto numbering errors.
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0:{1}}|'.format('ab', 6))
print('{:>{}}'.format('x', 4))
print('{0!r:>10}'.format('q'))
print('{a[0]}-{a[2]}'.format(a='xyz'))
print('{:,}'.format(10 ** 12), '{:.1%}'.format(0.4567))
for fmt, args in [('{} {1}', (1, 2)), ('{0} {}', (1, 2)), ('{2}', (1,)), ('{x}', ()), ('{', ()), ('}', ())]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('{} {}'.format(*'ab'), '{x}{y}'.format(**{'x': 1, 'y': 2}))
print('{}'.format(None), '{!s:>6}|'.format(None))
try:
    '{:10}'.format(None)
except TypeError as e:
    print('TypeError', e)
print('{:^7d}|{:>+5d}|{:<#6x}|'.format(5, 5, 255))
