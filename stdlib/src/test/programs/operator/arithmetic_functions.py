# operator functions for arithmetic, comparison and logic.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('xyz', 'z'))
