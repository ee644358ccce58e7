# If __enter__ fails, __exit__ is not called; later items are not entered.
log = []
class Good:
    def __enter__(self):
        log.append('enter good')
    def __exit__(self, *a):
        log.append('exit good')
class Bad:
    def __enter__(self):
        raise OSError('cannot enter')
    def __exit__(self, *a):
        log.append('exit bad')
try:
    with Good(), Bad(), Good():
        log.append('body')
except OSError as e:
    log.append('caught ' + str(e))
print(log)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
