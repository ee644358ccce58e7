# Bitwise operators on ints, including negatives.
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100, 5 << 0)
print(-6 & 0xFF, -6 | 1, -6 ^ -1)
print(1 << 100)
print((1 << 100) >> 98, (1 << 64) & ((1 << 64) - 1), (1 << 64) | 1)
print(~(1 << 70))
x = 0xF0
x &= 0x3C
x |= 1
x ^= 0xFF
x <<= 2
x >>= 1
print(x)
