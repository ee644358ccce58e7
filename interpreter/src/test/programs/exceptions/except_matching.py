# except clauses match by class hierarchy; tuples; first match wins.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup:' + type(e).__name__
    except ArithmeticError as e:
        return 'arith:' + type(e).__name__
    except Exception as e:
        return 'other:' + type(e).__name__
for exc in [KeyError('a'), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    try:
        raise TypeError('not caught here')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('outer', e)
try:
    {}['missing']
except:
    print('bare except caught it')
