# Messages of common built-in errors.
nothing, five = None, 5
tests = [
    lambda: nothing(),
    lambda: five[0],
    lambda: 'abc' + 5,
    lambda: 1 + 'abc',
    lambda: [] + {},
    lambda: len(5),
    lambda: None.attr,
    lambda: (1).real.nope,
    lambda: {}['key'],
    lambda: [1, 2, 3][10],
    lambda: (1, 2)[5],
    lambda: 'x' * 2.0,
    lambda: int('12a'),
    lambda: float('nope'),
    lambda: undefined_variable,
    lambda: [].nope(),
    lambda: -'s',
    lambda: {}.get(),
    lambda: iter(5),
    lambda: 'abc'.index('z'),
    lambda: list.append(),
    lambda: sum(['a', 'b']),
    lambda: abs('x'),
    lambda: ord('ab'),
    lambda: chr(-1),
    lambda: [1, 2].index(3),
    lambda: hash([]),
    lambda: object().x,
    lambda: type.nope,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
