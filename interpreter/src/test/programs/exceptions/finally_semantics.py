# finally runs on return, break, continue and exceptions.
def f():
    try:
        return 'returned'
    finally:
        print('cleanup after return')
print(f())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(swallow())
def replace():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    replace()
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)
