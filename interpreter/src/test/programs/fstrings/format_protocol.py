# f-strings call __format__; format() builtin does too.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents // 100}.{self.cents % 100:02d}'
m = Money(12345)
print(f'{m} {m:short}', format(m), format(m, 'short'))
print(format(3.5, '08.3f'), format('x', '>3'), format(255, 'x'), format(True), format(None))
print('{:short}'.format(m))
try:
    format(object(), 'd')
except TypeError as e:
    print('TypeError', e)
try:
    f'{1:q}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError', e)
