# Positional and keyword arguments.
def describe(name, age, city='Nowhere'):
    return f'{name}/{age}/{city}'
print(describe('Ann', 30), describe(age=5, name='Kid'), describe('Bo', city='Oslo', age=40))
print(describe('X', 1, 'Y'))
errors = [
    lambda: describe('a'),
    lambda: describe('a', 1, 'c', 'd'),
    lambda: describe('a', 1, name='b'),
    lambda: describe('a', 1, town='x'),
    lambda: describe(),
]
for call in errors:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
