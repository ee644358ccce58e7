# Float arithmetic and mixed int/float.
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2, 7.0 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2)
print(2 ** 0.5, 2.0 ** 10, 4 ** -0.5, 10 ** 0.5)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 100 * 1.1)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
print(10 / 4, 10 / 5, -10 / 4, 1 / 7)
print(float('inf') - float('inf'), float('inf') * 0)
