# int() from strings, floats and with bases.
print(int('42'), int('  -17 '), int('+5'), int('1_000'), int('0'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('777', 8), int('1010', 2), int('10', 3))
print(int(3.99), int(-3.99), int(1e20), int(True))
print(int('99999999999999999999999999'))
print(int('١٢٣'))
for bad in ['', 'x', '1.5', '0x10', '1 2', '_1']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int('12', 2)
except ValueError as e:
    print('ValueError', e)
