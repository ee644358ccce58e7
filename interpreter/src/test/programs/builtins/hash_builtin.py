# hash() of numbers is defined by the language; equal numbers hash equally.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False), hash(None) == hash(None), hash(10 ** 30) == hash(float(10 ** 30)))
print(hash(1) == hash(1.0) == hash(True), hash('abc') == hash('abc'), hash((1, 2)) == hash((1, 2)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(b'x') == hash(b'x'))
for unhashable in [[], {}, set(), bytearray()]:
    try:
        hash(unhashable)
    except TypeError as e:
        print('TypeError', e)
