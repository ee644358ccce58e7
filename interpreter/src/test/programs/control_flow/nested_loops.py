# Nested loops; break only leaves the innermost loop.
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(f'{i}x{j}={i * j}', end='  ')
    print()
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            found = (a, b, c)
            break
    if found:
        break
print('first triple', found)
count = 0
i = 0
while i < 3:
    j = 0
    while j < 3:
        count += 1
        j += 1
    i += 1
print(count)
