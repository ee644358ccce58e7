# A formatted table built with several formatting styles.
rows = [('Widget', 4, 3.5), ('Gadget', 10, 12.25), ('Gizmo ✨', 1, 100.0), ('Doohickey', 250, 0.04)]
header = '{:<12}{:>6}{:>10}{:>12}'.format('Item', 'Qty', 'Price', 'Total')
print(header)
print('-' * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print('%-12s%6d%10.2f%12.2f' % (name, qty, price, total))
print('-' * len(header))
print(f'{"Grand total":<28}{grand:>12,.2f}')
print(f'{"Average price":<28}{sum([r[2] for r in rows]) / len(rows):>12.3f}')
