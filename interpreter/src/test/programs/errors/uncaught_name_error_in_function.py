# An undefined global used inside a function.
def show():
    return undefined_thing + 1
print('calling show')
show()
