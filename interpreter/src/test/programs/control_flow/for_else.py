# for loops with break/continue/else, and primes by trial division.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
for ch in 'abc':
    if ch == 'b':
        continue
    print(ch)
else:
    print('done with', ch)
for x in []:
    print('never')
else:
    print('empty else')
for i in range(3):
    pass
print('i after loop', i)
