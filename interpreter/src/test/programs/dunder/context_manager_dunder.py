# __enter__ and __exit__ written by hand.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f'<{self.name}>')
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f'</{self.name}>', exc_type.__name__ if exc_type else None)
        return False
with Tag('html') as value:
    with Tag('body'):
        print('content', value)
try:
    with Tag('div'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)
