# A generator left by a loop's break that yields again when it is closed: CPython reports
# "Exception ignored in: <generator object ...>" and the RuntimeError on stderr, and the
# program goes on and exits normally.
def stubborn():
    try:
        yield 'suspended'
    finally:
        print('finally yields again')
        yield 'refuses to stop'


for item in stubborn():
    print(item)
    break
print('the program continues after the ignored error')
