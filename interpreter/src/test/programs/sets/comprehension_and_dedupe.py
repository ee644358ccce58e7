# Set comprehensions and order-preserving de-duplication.
print({x % 5 for x in range(20)})
print({n * n for n in [-2, -1, 0, 1, 2]})
data = [3, 1, 3, 2, 1, 5, 2]
seen, out = set(), []
for x in data:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, sorted(set(data)), list(dict.fromkeys(data)))
print(set(range(5)) - {0, 4}, set([1, 1, 1]), {1, 1.0, True})
