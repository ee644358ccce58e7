# Mixing bool, int and float; results take the wider type.
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(True + 1.5).__name__, type(2 ** -1).__name__)
print(type(7 // 2).__name__, type(7.0 // 2).__name__, type(7 % 2.0).__name__, type(4 / 2).__name__)
print(3 * True, 2.5 * False, True / 4, 10 ** 20 * 1.0, 10 ** 20 + 0.5)
print(1 == 1.0 == True, 0 == -0.0 == False, hash(2) == hash(2.0), {1: 'a', 1.0: 'b', True: 'c'})
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, 10 ** 20 < 1e21)
print(sorted([3, 2.5, True, -1, 0.0, 10 ** 18]), max(1, 1.0), max(1.0, 1), min(0, False))
