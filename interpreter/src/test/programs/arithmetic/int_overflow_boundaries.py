# Results that cross the 64-bit boundary must become big ints, not wrap around.
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m * m)
print(-9223372036854775808 // -1, abs(-9223372036854775808), -(-9223372036854775808))
print(4611686018427387904 * 2, 3037000500 * 3037000500)
print((m + 1) - 1 == m, type(m + 1).__name__)
x = m
x += 1
print(x)
print(1 << 63, 1 << 64, (1 << 63) >> 1)
print(2 ** 63 // 2, -2 ** 63 % 7, (-2) ** 63)
