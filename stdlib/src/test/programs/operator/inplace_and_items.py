# In-place operator functions and item access functions.
import operator as op
lst = [1, 2]
r = op.iadd(lst, [3])
print(r, r is lst, op.iadd(5, 1), op.imul('ab', 2))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d, op.getitem([10, 20, 30], slice(1, None)))
print(op.length_hint([1, 2, 3]), op.matmul.__name__)
