# Thrown exceptions meet the except clauses around the yield; a finally that yields while
# an exception is pending resumes that exception afterwards.

def except_catches_thrown():
    while True:
        try:
            yield 'waiting'
        except ArithmeticError as e:
            print('caught', type(e).__name__)
        except Exception as e:
            print('generic', type(e).__name__)
            return 'giving up'
        else:
            print('no exception this round')


g = except_catches_thrown()
next(g)
print(g.throw(ZeroDivisionError))
print(next(g))
print(g.throw(OverflowError()))
try:
    g.throw(KeyError('k'))
except StopIteration as stop:
    print('returned', stop.value)


def yield_in_finally_during_exception():
    try:
        raise RuntimeError('pending')
    finally:
        yield 'finally yields while an exception is pending'


g = yield_in_finally_during_exception()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('the pending exception resumes after the yield:', e)
