# Collatz sequence lengths, exercising while loops with big numbers.
def steps(n):
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count
best = max(range(1, 1000), key=steps)
print(best, steps(best))
print([steps(n) for n in range(1, 16)])
print(steps(2 ** 100 + 1))
