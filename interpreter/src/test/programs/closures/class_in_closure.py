# Class bodies can read enclosing function variables; methods close over them too.
def make_class(greeting):
    class Greeter:
        prefix = greeting.upper()
        def greet(self, name):
            return f'{greeting}, {name} ({self.prefix})'
    return Greeter
G = make_class('hello')
print(G().greet('Ann'), G.prefix)
H = make_class('hi')
print(H().greet('Bo'), G is not H)
