# del of globals from functions, and of variables captured by closures.
g = 'global'
def remove_global():
    global g
    del g
remove_global()
print('g' in globals())
def cell_delete():
    x = 1
    def read():
        return x
    before = read()
    del x
    try:
        read()
    except NameError as e:
        return before, type(e).__name__, str(e)
print(cell_delete())
def del_param(a, b):
    del a
    return b, 'a' in locals()
print(del_param(1, 2))
lst = [1, 2, 3]
def del_item():
    del lst[0]
del_item()
print(lst)
