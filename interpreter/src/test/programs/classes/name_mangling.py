# Private names (__x) are mangled with the class name.
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 'one underscore'
    def balance(self):
        return self.__balance
    def __secret(self):
        return 'secret method'
    def reveal(self):
        return self.__secret()
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 'sub balance'
a = Account()
print(a.balance(), a.reveal(), a._protected, a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print('AttributeError', e)
s = Sub()
print(s.balance(), s._Sub__balance, sorted(vars(s)))
print(hasattr(Account, '_Account__secret'), '__dunder__'.startswith('__'))
class Dunder:
    __not_mangled__ = 'kept'
print(Dunder.__not_mangled__)
