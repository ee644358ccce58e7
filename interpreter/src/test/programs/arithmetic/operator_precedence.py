# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, not 1 == 2, not (1 and 0))
print(3 > 2 and 2 > 1 or False, 1 if 0 else 2 if 0 else 3)
print(2 * 3 % 4, 7 % 3 * 2, -7 // 2 * 2)
print(1 + 2 == 3 and 'yes' or 'no', ~1 + 1, ~(1 + 1))
