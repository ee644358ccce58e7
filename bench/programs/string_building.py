# String building: f-strings, concatenation, str(), join and split.
import sys
import time


def workload():
    parts = []
    text = ""
    for i in range(200_000):
        parts.append(f"{i}:{i * 2}")
        if i % 100 == 0:
            text += str(i) + ","
    joined = ";".join(parts)
    return len(joined) + len(text.split(","))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        result = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {result}")


main()
