# Errors raised by % formatting.
cases = [
    lambda: '%d' % 'x',
    lambda: '%d %d' % (1,),
    lambda: '%d' % (1, 2),
    lambda: '%(a)s' % (1,),
    lambda: '%(a)s' % {'b': 1},
    lambda: '%z' % 1,
    lambda: '%c' % 'ab',
    lambda: '%' % (),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
