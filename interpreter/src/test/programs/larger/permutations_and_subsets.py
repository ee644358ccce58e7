# Recursive generation of permutations, combinations, subsets and partitions, with the
# results checked against counting formulas.


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([first] + p)
    return result


def unique_permutations(items):
    items = sorted(items)
    result = []
    used = [False] * len(items)
    current = []

    def go():
        if len(current) == len(items):
            result.append(''.join(current))
            return
        for i in range(len(items)):
            if used[i] or (i > 0 and items[i] == items[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            current.append(items[i])
            go()
            current.pop()
            used[i] = False

    go()
    return result


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def integer_partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return [[]]
    result = []
    for part in range(min(n, largest), 0, -1):
        for p in integer_partitions(n - part, part):
            result.append([part] + p)
    return result


def heap_permutations(items):
    a = list(items)
    out = []

    def generate(k):
        if k == 1:
            out.append(''.join(a))
            return
        generate(k - 1)
        for i in range(k - 1):
            if k % 2 == 0:
                a[i], a[k - 1] = a[k - 1], a[i]
            else:
                a[0], a[k - 1] = a[k - 1], a[0]
            generate(k - 1)

    generate(len(a))
    return out


def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)


def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))


perms = permutations([1, 2, 3])
print(perms)
for n in range(7):
    print(n, len(permutations(list(range(n)))) == factorial(n))
print(unique_permutations('aab'), len(unique_permutations('mississippi')))
print(heap_permutations('abc'), sorted(heap_permutations('abcd')) == sorted([''.join(p) for p in permutations(list('abcd'))]))
print(combinations(['a', 'b', 'c', 'd'], 2))
print([len(combinations(list(range(8)), k)) for k in range(9)], [binomial(8, k) for k in range(9)])
print(subsets([1, 2, 3]))
print(len(subsets(list(range(10)))), sum([len(s) for s in subsets(list(range(10)))]))
print(integer_partitions(5))
print([len(integer_partitions(n)) for n in range(1, 16)])
word = 'stop'
anagrams = sorted(set([''.join(p) for p in permutations(list(word))]))
print(len(anagrams), anagrams[:6])
target = 10
coins = [1, 2, 5]
ways = [s for s in subsets([1, 1, 2, 2, 5, 5]) if sum(s) == target]
print(len(ways), sorted(set([tuple(sorted(w)) for w in ways])))
