# CPython frees a generator the moment its last reference goes (del, rebinding the only
# name), and closing it runs its finally blocks right there.
def gen(name):
    try:
        print(f'{name}: start')
        yield 1
        yield 2
    except GeneratorExit:
        print(f'{name}: GeneratorExit')
        raise
    finally:
        print(f'{name}: finally')


print('next then del')
g = gen('deleted')
next(g)
del g
print('after del')

print('rebinding the only name')
g = gen('rebound')
next(g)
g = None
print('after rebinding')
print('end of program')
