# Writing a small CSV by hand and reading it back into dicts.
import os
path = __file__ + '.tmp'
rows = [('name', 'qty', 'price'), ('apple', '3', '0.5'), ('pear', '10', '0.25'), ('fig', '1', '2.0')]
with open(path, 'w') as f:
    for row in rows:
        f.write(','.join(row) + '\n')
with open(path) as f:
    header = f.readline().strip().split(',')
    records = [dict(zip(header, line.strip().split(','))) for line in f]
total = 0.0
for r in records:
    cost = int(r['qty']) * float(r['price'])
    total += cost
    print(f"{r['name']:<6}{cost:>6.2f}")
print(f'total {total:.2f}')
os.remove(path)
