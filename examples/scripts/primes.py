"""Prints the primes below a bound with a sieve: bin/skein examples/scripts/primes.py 50"""
import sys


def primes_below(bound):
    sieve = [True] * bound
    found = []
    for n in range(2, bound):
        if sieve[n]:
            found.append(n)
            for multiple in range(n * n, bound, n):
                sieve[multiple] = False
    return found


if __name__ == "__main__":
    bound = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(*primes_below(bound))
