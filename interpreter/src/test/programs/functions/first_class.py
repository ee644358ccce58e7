# Functions are objects: passed, stored, returned, given attributes.
def square(x):
    return x * x
def twice(f, x):
    return f(f(x))
ops = {'sq': square, 'neg': lambda x: -x, 'abs': abs}
print(twice(square, 3), [ops[k](-4) for k in ops])
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1), add5.__name__)
square.calls = 0
square.calls += 1
print(square.calls)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, square, abs)(-7))
print(sorted([-3, 1, -2], key=square), list(map(square, range(4))))
