# Ranges beyond 64 bits going downwards (negative big bounds and steps).
negative = range(2 ** 65, -2 ** 65, -(2 ** 64))
print(negative, list(negative), len(negative), negative[-1], -2 ** 64 in negative, negative.index(0))
print(negative == range(2 ** 65, -2 ** 65 + 1, -(2 ** 64)), hash(negative) == hash(range(2 ** 65, -2 ** 65 + 1, -(2 ** 64))))
print(list(reversed(negative)), negative[::-1], negative[1:3], range(-2 ** 64, -2 ** 64 - 3, -1)[1])
print(list(range(-2 ** 63 - 2, -2 ** 63 + 1)), type(iter(range(-2 ** 63, -2 ** 63 + 2))).__name__)
print(type(iter(range(-2 ** 63 - 1, 0, 2 ** 62))).__name__, list(range(-2 ** 63 - 1, 0, 2 ** 62)))
