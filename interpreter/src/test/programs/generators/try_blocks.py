# yield inside try, except, else and finally clauses; close() runs pending finally blocks.
def all_clauses(fail):
    try:
        yield 'in try'
        if fail:
            raise ValueError('failing')
    except ValueError as e:
        yield f'in except ({e})'
    else:
        yield 'in else'
    finally:
        yield 'in finally'
    yield 'after the statement'


print(list(all_clauses(False)))
print(list(all_clauses(True)))


def cleanup(name):
    try:
        yield f'{name}: first'
        yield f'{name}: second'
    finally:
        print(f'{name}: finally ran')


g = cleanup('closed early')
print(next(g))
g.close()
print('after close, next gives:', next(g, 'nothing'))

g = cleanup('never started')
g.close()
print('closing an unstarted generator runs no finally')

g = cleanup('exhausted')
print(list(g))
g.close()
print('closing a finished generator does nothing')


def nested_finally():
    try:
        try:
            yield 'deep'
        finally:
            print('inner finally')
    finally:
        print('outer finally')


g = nested_finally()
next(g)
g.close()
