# A truth test or comparison made before a yield in the same expression is not made again
# when the generator resumes: each __bool__ and __lt__ below prints once.
class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        print('bool of', self.name)
        return self.truth
    def __lt__(self, other):
        print('compare', self.name)
        return True
def g():
    a = Loud('a', True)
    x = a and (yield 'and')
    print('x =', x)
    b = Loud('b', False)
    y = b or (yield 'or')
    print('y =', y)
    z = (yield 'then') if Loud('c', True) else (yield 'else')
    print('z =', z)
    w = Loud('d', True) < Loud('e', True) < (yield 'chain')
    print('w =', w)
    v = (yield 'else2') if not Loud('f', True) else 'plain'
    print('v =', v)
gen = g()
print(next(gen)); print(gen.send(1)); print(gen.send(2)); print(gen.send(3))
try:
    gen.send(4)
except StopIteration:
    print('done')
