# Three levels of nesting with nonlocal at different depths.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
def reads_enclosing_after_change():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    add(1); add(2)
    return items, add(3)
print(reads_enclosing_after_change())
