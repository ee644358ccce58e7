# A user-defined exception reaching the top level.
class InventoryError(Exception):
    pass
def take(stock, n):
    if n > stock:
        raise InventoryError(f'only {stock} left, asked for {n}')
    return stock - n
print(take(5, 2))
take(5, 9)
