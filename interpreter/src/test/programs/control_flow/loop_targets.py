# for-loop targets: tuples, attributes, subscripts, starred.
pairs = [(1, 'a'), (2, 'b')]
for num, letter in pairs:
    print(num, letter)
class Holder:
    pass
h = Holder()
for h.value in [10, 20]:
    pass
print(h.value)
slots = [0, 0]
for slots[0] in range(3):
    slots[1] += slots[0]
print(slots)
for first, *others in [[1, 2, 3], [4]]:
    print(first, others)
for i, (a, b) in enumerate([('x', 'y'), ('z', 'w')]):
    print(i, a, b)
d = {}
for d['k'] in 'pq':
    pass
print(d)
