# The format-spec mini-language applied to floats.
values = [0.0, -0.0, 1.0, 0.1, 2.5, 3.5, 1234.5678, 1e-7, 1e22, -123.456, float('inf'), float('nan')]
for v in values:
    print(repr(v), format(v, ''), format(v, '.2f'), format(v, '.3e'), format(v, 'g'),
          format(v, '.3g'), format(v, '12.4'), format(v, '+.1f'), format(v, ',.2f'))
print(format(0.125, '.2f'), format(0.375, '.2f'), format(2.675, '.2f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(123.456, '015.2f'), format(-1.5, '010.3f'), format(1234567.0, '_.1f'))
print(format(1e16, ''), format(1.0, ''), format(0.1, '.3'), format(123456789.0, '.3'))
print(format(-0.0001, 'z.2f'), format(0.5, '%'), format(0.123456, '.1%'))
