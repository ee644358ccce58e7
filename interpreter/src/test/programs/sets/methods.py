# Mutating set methods.
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 7], (9,))
print(s, len(s))
s.discard(100); s.discard(5); s.remove(7)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
popped = s.pop()
print(popped in {1, 3, 9}, len(s))
s.clear()
print(s)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
t = {1, 2, 3}
t.intersection_update({2, 3, 4}); print(t)
t.difference_update({3}); print(t)
t.symmetric_difference_update({2, 8}); print(t)
