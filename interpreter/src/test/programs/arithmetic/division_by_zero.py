# Every way to divide by zero, caught and reported.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
         lambda: 1.0 // 0.0, lambda: 5 % 0.0, lambda: divmod(1, 0), lambda: 0 ** -1,
         lambda: 0.0 ** -1, lambda: (1 << 80) // 0]
for case in cases:
    try:
        case()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
