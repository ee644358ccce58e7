# A suspended generator that yields again when it is finalized: CPython reports
# "Exception ignored in: <generator object ...>" and the RuntimeError on stderr, and the
# program goes on and exits normally.
def stubborn():
    try:
        yield 'suspended'
    finally:
        print('finally yields again')
        yield 'refuses to stop'


g = stubborn()
print(next(g))
del g
print('the program continues after the ignored error')
