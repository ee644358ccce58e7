# dict equality ignores order; nested structures.
a = {'x': 1, 'y': [1, 2]}
b = {'y': [1, 2], 'x': 1}
print(a == b, a != b, a == {'x': 1})
inventory = {'fruit': {'apple': 3, 'pear': 0}, 'veg': {'leek': 2}}
inventory['fruit']['apple'] -= 1
inventory.setdefault('grain', {})['rice'] = 10
for category, items in inventory.items():
    for item, n in items.items():
        print(f'{category}/{item}: {n}')
print(inventory)
print(len(inventory), sum([len(v) for v in inventory.values()]))
