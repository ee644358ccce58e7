class A: pass
class B(): pass
class C(A): pass
class D(A, B, metaclass=M): pass
class E(*bases, **kw): pass
class F(A, x=1, **kw):
    """doc"""
    attr = 1
    def method(self):
        return self.attr
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
    class Inner:
        pass
@dataclass
class G:
    x: int
    y: int = 0
@a
@b(1)
class H(object): x = 1; y = 2
