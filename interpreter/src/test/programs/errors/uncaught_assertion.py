# A failing assert with a message.
x = 3
assert x % 2 == 0, f'expected an even number, got {x}'
