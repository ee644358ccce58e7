# Nested f-strings, multi-line f-strings and dict access inside them.
data = {'name': 'Zoë', 'scores': [90, 85.5, 77]}
print(f"{data['name']} has {len(data['scores'])} scores")
print(f"avg={sum(data['scores']) / len(data['scores']):.3f}")
print(f"{f'{1 + 1}' * 3}")
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for fruit, price, qty in rows:
    print(f'{fruit:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}')
msg = (f'line {1} '
       f'and {2}')
print(msg)
print(f'''triple
{data["name"]}''')
print(f"{'a' 'b'}", f"{','.join(['x', 'y'])}")
