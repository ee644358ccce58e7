# staticmethod and classmethod objects, called through classes, instances and subclasses.
class Base:
    created = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.created.append(type(obj).__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
print(type(Base.create(1)).__name__, type(Child.create(2)).__name__, Base.created)
print(Base.helper(3), Base().helper(4), Child.helper(5))
sm = Base.__dict__['helper']
cm = Base.__dict__['create']
print(type(sm).__name__, type(cm).__name__, sm.__func__(6), callable(sm))
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.inc(), Counter.inc(), SubCounter.inc(), Counter.n, SubCounter.n)
