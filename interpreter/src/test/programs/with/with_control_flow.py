# return/break/continue inside with still run __exit__.
class Note:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.tag)
def f():
    with Note('return'):
        return 'value'
print(f())
for i in range(3):
    with Note(f'loop {i}'):
        if i == 0:
            continue
        if i == 1:
            break
print('after loop')
