# sum(i * i for i in range(10 ** 7)): a line from the notes. One generator expression,
# ten million resumes, each consumed by the builtin sum().
import sys
import time


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        result = sum(i * i for i in range(10 ** 7))
        print(f"round {r} {time.perf_counter() - start:.6f} {result}")


main()
