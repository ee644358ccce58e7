# Arbitrary-precision integers.
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 200)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
big = 12345678901234567890123456789
print(big * big, big // 7, big % 97, -big // 13, -big % 13)
print(big - big, (big + 1) - big, big // big)
print(10 ** 40 // 3 ** 20, (10 ** 40) % (3 ** 20))
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(10 ** 25, 10 ** 12 + 7))
print((1 << 100) + (1 << 100) == 1 << 101, 2 ** 100 > 2 ** 99)
