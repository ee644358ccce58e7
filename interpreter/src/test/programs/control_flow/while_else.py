# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('loop finished normally')
i = 10
while i > 0:
    if i % 7 == 0:
        print('found', i)
        break
    i -= 1
else:
    print('not found')
k = 3
while k:
    k -= 1
else:
    print('k is', k)
while False:
    print('never')
else:
    print('else of a loop that never ran')
