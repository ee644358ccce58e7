# Annotated assignments at module, class and function level.
x: int = 1
y: 'forward ref' = 'str annotation'
z: list[int]
items: dict = {}
items['k']: int = 5
print(x, y, items, sorted(__annotations__))
print('z' in globals(), __annotations__['x'] is int)
class Config:
    host: str = 'localhost'
    port: int = 8080
    debug: bool
    def __init__(self):
        self.extra: list = [1]
print(Config.__annotations__, Config.host, Config().extra, hasattr(Config, 'debug'))
def f():
    local: int = 10
    other: str
    return local
print(f(), f.__annotations__)
class Box:
    pass
b = Box()
b.value: float = 2.5
print(b.value)
(paren): int = 3
print(paren)
