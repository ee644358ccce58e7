# yield inside a list comprehension, even within a generator function, is a SyntaxError.
print('never printed')


def gen():
    return [(yield x) for x in range(3)]
