# Decorators may be arbitrary expressions (3.9+).
decorators = [lambda f: (lambda: f() * 2), lambda f: (lambda: f() + 1)]
@decorators[0]
def five():
    return 5
print(five())
class NS:
    @staticmethod
    def deco(f):
        return lambda: 'decorated ' + f()
@NS.deco
def name():
    return 'name'
print(name())
@(lambda f: f)
def identity():
    return 'same'
print(identity())
