# Closures created in a loop see the final value; defaults freeze it.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
adders = [(lambda n: (lambda x: x + n))(k) for k in range(3)]
print([a(10) for a in adders])
