# Comparison operators, chained comparisons and mixed numeric types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5.0, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
x = 5
print(0 <= x < 10, 0 < x != 5, x is x)
print(1 < 1.5, 2**64 > 1e19, 2**64 == 2.0**64, (2**53 + 1) == float(2**53 + 1))
print(float('nan') == float('nan'), float('nan') != float('nan'), float('nan') < 1)
print('abc' < 'abd', 'Z' < 'a', '' < 'a', 'abc' < 'ab')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [1] == [1.0])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2), calls)
