# Dict and list churn: inserts, lookups, deletes, appends, pops and slicing on builtin containers.
import sys
import time


def workload():
    d = {}
    items = []
    checksum = 0
    for i in range(300_000):
        key = i % 5000
        d[key] = d.get(key, 0) + i
        items.append(i)
        if len(items) > 1000:
            checksum += items.pop(0) + len(items[10:20])
        if i % 7 == 0 and key in d:
            del d[key]
    for key, value in d.items():
        checksum += key ^ value
    return checksum


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        result = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {result}")


main()
