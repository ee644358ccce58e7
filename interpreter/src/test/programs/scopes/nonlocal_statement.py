# nonlocal rebinding vs. mutating without nonlocal.
def outer():
    n = 0
    items = []
    def change():
        nonlocal n
        n = 5
        items.append('mutated')
    change()
    return n, items
print(outer())
def no_nonlocal():
    n = 0
    def change():
        n = 5
        return n
    return change(), n
print(no_nonlocal())
def skip_level():
    v = 'outer'
    def middle():
        def inner():
            nonlocal v
            v = 'changed by inner'
        inner()
    middle()
    return v
print(skip_level())
