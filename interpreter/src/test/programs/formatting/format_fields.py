# str.format: field names, attribute and item access, conversions, nested specs and every parse error.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __format__(self, spec):
        return 'P(%s)' % spec
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(3, 'é')
print('{0.x}-{0.y!r}-{0!s}-{0!a}-{0:spec}-{0!r:>20}|'.format(p))
print('{a[0]}{a[1][0]}{b[key]}{b[1]}{c.x}'.format(a=['x', 'yz'], b={'key': 'K', 1: 'int key'}, c=p))
print('{0[-1]!r}'.format({'-1': 'str key'}), '{0[ 1]}'.format({' 1': 'spaced'}), '{:{}{}{}}'.format('x', '*', '^', 7))
print('{}{}{}'.format(*'abc'), '{2}{1}{0}'.format(*'abc'), '{0}{0}{1}{0}'.format('-', '+'), '{٣}'.format(0, 1, 2, 3))
print('{:{w}.{p}}|{:>{w}}|'.format(3.14159, 'r', w=8, p=3), '{0:{1}{2}}'.format(5, '0', 4), '{x:{x}}'.format(x=3))
print('{{}} {{{0}}} }}{{ {{0}}'.format(9), '{!r:^9}'.format('q'), '{0!s:*<5}'.format(1.5), '{:}'.format(7), '{!a}'.format('ü'))
print('{0.real.real}'.format(5), '{0.__class__.__name__}'.format(1.5), '{0[0][1]}'.format(['ab']), '{a.x}{a.y}'.format(a=p))
print('x'.format(1, 2, k=3), ''.format(), '{0}'.format([1, 2]), '{}'.format({'a': 1}), '{:d}'.format(True))
print('{n}'.format_map({'n': 'mapped'}), '{n[0]}'.format_map({'n': 'seq'}))
class Defaulting:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world}'.format_map(Defaulting()))
def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
for fmt in ['{', '}', 'a{b', 'a}b', '{0', '{0:', '{0!', '{0!r', '{0!rx}', '{!}', '{0!}', '{0:{1}', '{0[}', '{0]}',
            '{0[0}', '{0[]}', '{0.}', '{0..a}', '{0[0]x}', '{0!x}', '{0!\u00e9}', '{0!\x01}', '{:{:{}}}', '{0:{1:{2}}}',
            '{99999999999999999999999}', '{0[99999999999999999999999]}', '{0.real.}', '{ 0}', '{-1}', '{0[-1]}',
            '{} {1}', '{0} {}', '{2}', '{x}', '{a{b}', '{0}{', '}}{{', '{0}}', '{0:{1}}']:
    show(fmt, [10, 20])
show('{0.missing}', 1)
show('{0[5]}', [1])
show('{0[x]}', {'y': 1})
show('{}', format_map=1)
show('{0:{1}}', 1, '{2}')
for fmt in ['{}', '{0}', '{a}', '{0.x}']:
    try:
        print(fmt.format_map({}))
    except Exception as e:
        print(repr(fmt), 'format_map ->', type(e).__name__, e)
