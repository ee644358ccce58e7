# yield inside a dict comprehension is a SyntaxError.
print('never printed')


def gen():
    return {x: (yield x) for x in range(3)}
