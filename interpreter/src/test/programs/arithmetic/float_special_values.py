# inf, nan and negative zero in arithmetic and comparisons.
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * -1, 1 / inf, -1 / inf, inf / inf, inf > 1e308, -inf < -1e308)
print(nan + 1, nan == nan, nan != nan, nan < 0, nan > 0, [nan] == [nan], nan in [nan])
z = -0.0
print(z, z == 0.0, str(z), repr(-z), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(z), z * z)
print(max(0.0, -0.0), min(0.0, -0.0), round(-0.4), round(-0.5), int(-0.9))
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2)
print(float('inf') == 10 ** 400, 10 ** 400 < float('inf'), float(2 ** 1023) < 2 ** 1024)
try:
    int(inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print(divmod(7.5, inf), divmod(-7.5, inf), 7.5 % inf, -7.5 % inf)
