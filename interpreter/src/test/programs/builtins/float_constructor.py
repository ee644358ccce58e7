# float() parsing and special values.
print(float('3.5'), float('  -2e3 '), float('1_000.5'), float('.5'), float('5.'), float(7), float(2 ** 60))
print(float('inf'), float('-Infinity'), float('nan'), float('+inf'), float('NaN'))
print(float(True), float('1e-400'), float('1e400'), float('16'))
print(float.fromhex('0x1.8p1'), (0.5).hex(), (3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio())
for bad in ['', 'abc', '1.2.3', '1e', 'in f', '0x1']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float([1])
except TypeError as e:
    print('TypeError', e)
