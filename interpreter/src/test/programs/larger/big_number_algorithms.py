# Algorithms on arbitrary-precision integers: digits of pi (spigot), e to many digits,
# Fibonacci by fast doubling, a prime sieve, Miller-Rabin, modular inverses, the
# Collatz record holders and big factorial digit statistics.


def pi_digits(n):
    """Gibbons' unbounded spigot, collecting n decimal digits."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


def miller_rabin(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x


digits = pi_digits(120)
print('pi =', str(digits[0]) + '.' + ''.join([str(d) for d in digits[1:]]))
print('e  =', e_digits(1)[0] + '.' + e_digits(100)[1:])
print('fib(300) =', fib_pair(300)[0])
f1000 = fib_pair(1000)[0]
print('fib(1000) has', len(str(f1000)), 'digits, digit sum', sum([int(c) for c in str(f1000)]))
primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print('prime gaps', sorted(gaps.items())[:8])
print(all([miller_rabin(p) for p in primes]), [n for n in range(2, 10000) if miller_rabin(n)] == primes)
mersenne = [p for p in primes[:40] if miller_rabin(2 ** p - 1)]
print('Mersenne exponents below 175:', mersenne)
big_prime = 2 ** 127 - 1
print(big_prime, miller_rabin(big_prime), miller_rabin(big_prime + 2), miller_rabin(2 ** 89 - 1))
print(miller_rabin(3215031751), miller_rabin(561), miller_rabin(1000000007))
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
inverse = egcd(17, 3120)[1] % 3120
print('17^-1 mod 3120 =', inverse, 17 * inverse % 3120, pow(17, -1, 3120))
p, q = 61, 53
n, phi = p * q, (p - 1) * (q - 1)
e = 17
d = pow(e, -1, phi)
message = 65
cipher = pow(message, e, n)
print('rsa', n, d, cipher, pow(cipher, d, n))
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60))
fact = 1
for i in range(1, 501):
    fact *= i
s = str(fact)
print('500! has', len(s), 'digits,', len(s) - len(s.rstrip('0')), 'trailing zeros, digit sum', sum([int(c) for c in s]))
counts = [s.count(str(dgt)) for dgt in range(10)]
print(counts)
record, best = 0, 0
holders = []
for start in range(1, 3000):
    n, steps = start, 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    if steps > record:
        record = steps
        holders.append((start, steps))
print(holders)
print(2 ** 1000 % 10 ** 20, (3 ** 200 - 1) // 2 % 1000000007, -(7 ** 50) // 13, -(7 ** 50) % 13)
