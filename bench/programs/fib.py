# Recursive fib(30): about 1.3 million Python calls, each with a global lookup and a compare.
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        result = fib(30)
        print(f"round {r} {time.perf_counter() - start:.6f} {result}")


main()
