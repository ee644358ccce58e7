# Ranges beyond 64 bits: everything but len() works; len() raises CPython's OverflowError.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


big = range(2 ** 64)
print(big, big[-1], big[2 ** 63], big[:3], big[2 ** 63:][:2], big[::2 ** 62], big[-3:])
print(2 ** 63 in big, 2 ** 64 in big, -1 in big, big.index(9223372036854775813), big.count(18446744073709551615), not big)
attempt('len', lambda: len(big))
attempt('dunder len', lambda: big.__len__())
attempt('index past', lambda: big[2 ** 64])
print(list(range(2 ** 64, 18446744073709551619)), list(range(2 ** 70, 1180591620717411303414, -4)))
print(list(reversed(range(18446744073709551614, 18446744073709551617))), type(iter(big)).__name__, type(iter(range(3))).__name__)
huge_step = range(0, 2 ** 80, 2 ** 78)
print(list(huge_step), len(huge_step), huge_step[-1], range(-9223372036854775807 - 1, 9223372036854775807)[-1])
print(big[2 ** 32:4294967299] == range(2 ** 32, 4294967299), big == range(0, 2 ** 64), big != range(18446744073709551617))
it = iter(range(9223372036854775806, 9223372036854775809))
print(next(it), next(it), next(it), list(it))
print(max(range(2 ** 64, 18446744073709551621)), sorted(range(18446744073709551618, 18446744073709551615, -1)))
