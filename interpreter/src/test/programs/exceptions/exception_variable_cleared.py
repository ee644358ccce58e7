# The "as" name is deleted at the end of the except block.
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print(repr(keep()))
