# Chained assignment binds the same object to every target, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 0
x += 1
print(x, y)
d = {}
d['k'] = d2 = {'inner': 1}
print(d, d2 is d['k'])
log = []
class Target:
    def __setitem__(self, k, v):
        log.append(k)
t = Target()
t['first'] = t['second'] = 1
print(log)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
