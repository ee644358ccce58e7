# f-string interpolation of names and expressions.
name, n = 'World', 3
print(f'Hello, {name}!')
print(f'{n} squared is {n * n}, halved is {n / 2}')
print(f'{name.upper()} {len(name)} {name[::-1]}')
print(F'capital F {n}', f"double {name!r}")
print(f'{{braces}} {n}{{}}')
items = ['a', 'b']
print(f'{items} {items[0]} {dict(x=1)["x"]}')
print(f'{"nested quotes"}', f"{'single inside'}")
print(f'{3 if n > 2 else 4}', f'{(lambda x: x + 1)(1)}')
print(f'')
