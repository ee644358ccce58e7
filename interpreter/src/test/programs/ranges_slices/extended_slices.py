# Negative steps and out-of-range bounds.
s = 'abcdefghij'
for start, stop, step in [(None, None, -1), (8, 2, -2), (-1, -5, -1), (2, 100, 3), (-100, 3, 1),
                          (5, None, -2), (None, 5, -1), (0, 0, 1), (3, 1, 1)]:
    print(start, stop, step, repr(s[start:stop:step]), list(range(10))[start:stop:step])
t = tuple(range(6))
print(t[::-1], t[4:0:-2], t[-2:])
