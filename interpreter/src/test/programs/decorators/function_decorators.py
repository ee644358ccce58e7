# Function decorators, stacked and with arguments.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return ' '.join([fn(*args)] * n)
        return wrapper
    return deco
@shout
def greet(name):
    return f'hello {name}'
@repeat(3)
@shout
def hi():
    return 'hi'
print(greet('ann'), hi())
order = []
def tag(label):
    order.append('factory ' + label)
    def deco(fn):
        order.append('apply ' + label)
        return fn
    return deco
@tag('outer')
@tag('inner')
def f():
    pass
print(order)
