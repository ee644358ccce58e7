# yield directly in a class body is outside any function.
print('never printed')


class Producer:
    yield 'item'
