# The order of try/except/else/finally.
def run(x):
    try:
        print(' try', x)
        r = 10 / x
    except ZeroDivisionError:
        print(' except')
        return 'from except'
    else:
        print(' else', r)
        return 'from else'
    finally:
        print(' finally')
print(run(2))
print(run(0))
def nested():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', repr(e))
nested()
