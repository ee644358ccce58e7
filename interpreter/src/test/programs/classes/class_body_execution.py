# A class body runs once, top to bottom, like a function body.
print('before class')
class Loud:
    print('inside class body')
    x = 1
    for i in range(3):
        x *= 2
    if x > 4:
        big = True
    else:
        big = False
    def method(self):
        return self.x
    print('end of class body, x =', x)
print('after class', Loud.x, Loud.big, Loud.i, Loud().method())
def factory(n):
    class Made:
        size = n
    return Made
A, B = factory(1), factory(2)
print(A.size, B.size, A is B, A.__name__ == B.__name__, A.__qualname__)
