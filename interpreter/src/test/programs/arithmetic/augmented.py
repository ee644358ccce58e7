# Augmented assignment on names, attributes and subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
class Box:
    pass
b = Box()
b.v = 1
b.v += 41
print(b.v)
d = {'k': [1]}
d['k'] += [2]
d['k'][0] -= 10
print(d)
s = 'ab'
s *= 3
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
