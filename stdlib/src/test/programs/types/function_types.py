# FunctionType, LambdaType, MethodType, BuiltinFunctionType, ModuleType.
import types
import math
def f():
    pass
class C:
    def m(self):
        return 'method of ' + type(self).__name__
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(math, types.ModuleType), type(math) is types.ModuleType, types.NoneType is type(None))
bound = types.MethodType(lambda self: self.x * 2, type('Obj', (), {'x': 21})())
print(bound())
mod = types.ModuleType('made_up', 'A module made at run time.')
mod.value = 42
print(mod.__name__, mod.__doc__, mod.value, repr(mod))
