# __new__ controls instance creation.
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
a, b = Singleton(), Singleton()
print(a is b, a.created)
class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))
print(Positive(-5), Positive(3) + 1, type(Positive(-2)).__name__)
class Tracked:
    def __new__(cls, *args):
        print('new', args)
        return object.__new__(cls)
    def __init__(self, *args):
        print('init', args)
Tracked(1, 2)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never printed')
print(type(Weird()).__name__)
