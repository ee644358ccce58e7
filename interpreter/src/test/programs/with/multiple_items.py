# with statement with several items: entered in order, exited in reverse.
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append('exit ' + self.name)
log = []
with CM('a', log) as a, CM('b', log) as b, CM('c', log):
    log.append(f'body {a}{b}')
print(log)
log = []
with (CM('x', log) as x,
      CM('y', log) as y):
    log.append('body')
print(log)
