# Conditional expressions and short-circuit boolean operators.
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
print(0 or 'default', 'x' or 'y', None or 0 or [] or 'last', 1 and 2 and 3, 1 and 0 and 3)
print([] and 'unused', not [], not 'a', (0 or None) is None)
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), t(2) or t(3), t(0) or t(0) or t(5), log)
x = 5
print('in range' if 0 < x < 10 else 'out of range')
