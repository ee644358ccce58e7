# !r/!s/!a conversions and the = debugging specifier.
s = 'héllo'
print(f'{s!r} {s!s} {s!a}')
value = 10
print(f'{value=}')
print(f'{value = }')
print(f'{value * 2=}')
print(f'{s=!s}')
print(f'{3.14159=:.2f}')
class Thing:
    def __repr__(self):
        return 'Thing()'
    def __str__(self):
        return 'a thing'
t = Thing()
print(f'{t} {t!r} {t!s}', f'{t=}')
