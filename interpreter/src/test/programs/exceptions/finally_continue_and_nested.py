# continue inside finally, nested try blocks and re-raising from inner handlers.
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print('body', i)
    finally:
        print('finally', i)
        continue
print('loop done')
def layered():
    log = []
    try:
        try:
            try:
                raise KeyError('deep')
            except KeyError as e:
                log.append('inner caught ' + str(e))
                raise
            finally:
                log.append('inner finally')
        except LookupError:
            log.append('middle caught')
            raise RuntimeError('converted')
    except RuntimeError as e:
        log.append('outer caught ' + str(e) + ' context=' + type(e.__context__).__name__)
    return log
for line in layered():
    print(line)
