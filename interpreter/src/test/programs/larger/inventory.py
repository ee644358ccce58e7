# An inventory system: products, stock movements, reorder rules, valuation (FIFO), and
# reports grouped by category, using dicts, lists, classes and sorting.


class Product:
    def __init__(self, sku, name, category, price, reorder_level):
        self.sku, self.name, self.category = sku, name, category
        self.price = price
        self.reorder_level = reorder_level

    def __repr__(self):
        return f'Product({self.sku!r})'


class StockError(Exception):
    pass


class Inventory:
    def __init__(self):
        self.products = {}
        self.lots = {}
        self.history = []

    def add_product(self, product):
        if product.sku in self.products:
            raise StockError(f'duplicate sku {product.sku}')
        self.products[product.sku] = product
        self.lots[product.sku] = []

    def receive(self, sku, qty, unit_cost):
        self._require(sku)
        if qty <= 0:
            raise StockError(f'cannot receive {qty} of {sku}')
        self.lots[sku].append([qty, unit_cost])
        self.history.append(('in', sku, qty))

    def ship(self, sku, qty):
        self._require(sku)
        if qty > self.quantity(sku):
            raise StockError(f'only {self.quantity(sku)} of {sku} in stock, cannot ship {qty}')
        cost, remaining = 0.0, qty
        lots = self.lots[sku]
        while remaining:
            lot = lots[0]
            used = min(lot[0], remaining)
            cost += used * lot[1]
            lot[0] -= used
            remaining -= used
            if lot[0] == 0:
                lots.pop(0)
        self.history.append(('out', sku, qty))
        return round(cost, 2)

    def _require(self, sku):
        if sku not in self.products:
            raise KeyError(sku)

    def quantity(self, sku):
        return sum([lot[0] for lot in self.lots[sku]])

    def value(self, sku):
        return round(sum([lot[0] * lot[1] for lot in self.lots[sku]]), 2)

    def needs_reorder(self):
        return sorted([sku for sku, p in self.products.items() if self.quantity(sku) <= p.reorder_level])

    def by_category(self):
        groups = {}
        for p in self.products.values():
            groups.setdefault(p.category, []).append(p)
        return {c: sorted(ps, key=lambda p: p.name) for c, ps in sorted(groups.items())}


inv = Inventory()
catalog = [
    ('A100', 'Anvil', 'hardware', 99.5, 2),
    ('B200', 'Bolts (100)', 'hardware', 4.25, 20),
    ('C300', 'Coffee beans', 'grocery', 12.0, 10),
    ('D400', 'Dark chocolate', 'grocery', 3.5, 15),
    ('E500', 'Earl Grey tea', 'grocery', 6.75, 5),
    ('F600', 'File set', 'hardware', 24.0, 3),
]
for row in catalog:
    inv.add_product(Product(*row))
try:
    inv.add_product(Product('A100', 'Another anvil', 'hardware', 1, 1))
except StockError as e:
    print('StockError', e)

receipts = [('A100', 5, 60.0), ('B200', 50, 2.0), ('B200', 30, 2.5), ('C300', 20, 7.25),
            ('D400', 40, 1.1), ('E500', 8, 3.0), ('F600', 4, 15.0), ('C300', 10, 8.0)]
for sku, qty, cost in receipts:
    inv.receive(sku, qty, cost)

orders = [('B200', 60), ('C300', 25), ('A100', 4), ('D400', 30), ('E500', 10), ('Z999', 1), ('F600', 2), ('B200', 0)]
revenue = cost_of_goods = 0.0
for sku, qty in orders:
    try:
        cost = inv.ship(sku, qty)
        sale = round(inv.products[sku].price * qty, 2)
        revenue += sale
        cost_of_goods += cost
        print(f'shipped {qty:>3} x {sku}: sale {sale:>8.2f} cost {cost:>8.2f} margin {sale - cost:>8.2f}')
    except StockError as e:
        print('StockError', e)
    except KeyError as e:
        print('KeyError unknown sku', e)

print(f'revenue {revenue:.2f}, cost {cost_of_goods:.2f}, gross margin {(revenue - cost_of_goods) / revenue:.1%}')
for category, products in inv.by_category().items():
    print(category.upper())
    for p in products:
        q = inv.quantity(p.sku)
        flag = ' <- reorder' if q <= p.reorder_level else ''
        print(f'  {p.sku} {p.name:<16}{q:>5}{inv.value(p.sku):>10.2f}{flag}')
    print(f'  {"subtotal":<21}{sum([inv.quantity(p.sku) for p in products]):>5}'
          f'{sum([inv.value(p.sku) for p in products]):>10.2f}')
print('reorder:', inv.needs_reorder())
moved = {}
for direction, sku, qty in inv.history:
    moved.setdefault(sku, {'in': 0, 'out': 0})[direction] += qty
print(moved)
print(sorted(inv.products.values(), key=lambda p: -p.price)[:2])
print('lots of B200:', inv.lots['B200'], 'of C300:', inv.lots['C300'])
