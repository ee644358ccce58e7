# divmod, pow with modulus, abs and round on ints.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, -2))
print(pow(123456789, 987654321, 1000000007))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(1 << 70)))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2))
print(round(1.23456, 3), round(5), round(-0.5), type(round(2.7)).__name__)
print(round(1250, -2), round(1350, -2), round(2.675, 2))
