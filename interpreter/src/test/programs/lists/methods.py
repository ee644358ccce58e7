# list methods.
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.insert(0, 2); a.insert(100, 6); a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.index(1, 1))
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.clear(); print(a, b)
for bad in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(99)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
