# Formatter.parse and its errors, Formatter subclasses, Template customisation and errors, capwords edges.
import string
f = string.Formatter()
for text in ['{{x}}', '}}{{', '{!r}', 'a{0:{1}}b', '{a[:]}', '{a.b[0]}', '{:}', 'plain', '']:
    print(repr(text), list(f.parse(text)))
for text in ['x}', 'x{', '{0!}', '{0!rr}', '{a{b}', '{0[}', '{0!']:
    try:
        print(list(f.parse(text)))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print(f.format('{0.x}-{0.y} {k[1]} {k[0][1]}', p, k=['ab', 'cd']), f.format('{:>{w}}|{!r:<6}|', 'r', 's', w=4))
print(f.format('{0}{1}{0}', 'a', 'b'), f.format('{name:*^9}', name='mid'), f.vformat('{0:{1}.{2}f}', (3.14159, 8, 2), {}))
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, format_spec):
        return '[' + super().format_field(value, format_spec) + ']'
print(Defaulting().format('{known} {unknown} {known!u} {0}', 'zero', known='yes'))
class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: ' + ', '.join(sorted(unused)))
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print('ValueError', e)
bad_formats = [('{0} {}', (1, 2)), ('{} {0}', (1, 2)), ('{:{:{}}}', (1, 2, 3)), ('{0!x}', (1,)), ('{a.}', ()), ('{0[0}', ([1],)), ('{0]x}', ([1],))]
for text, args in bad_formats:
    try:
        print(f.format(text, *args, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(text), type(e).__name__, e)
class Braced(string.Template):
    braceidpattern = '[a-z]+-[a-z]+'
print(Braced('$plain ${dashed-name}').substitute(plain=1, **{'dashed-name': 2}))
class Dotted(string.Template):
    idpattern = '[a-z][.a-z]*'
print(Dotted('$user.name!').substitute({'user.name': 'ann'}))
class CaseSensitive(string.Template):
    flags = 0
print(CaseSensitive('$lower $Upper').safe_substitute(lower='l', Upper='U'), string.Template('$Upper').substitute(Upper='u'))
class Custom(string.Template):
    pattern = r'<<(?:(?P<escaped><<)|(?P<named>\w+)>>|(?P<braced>)|(?P<invalid>))'
print(Custom('<<a>> and <<<< and <<').safe_substitute(a='A'), Custom('<<a>>').get_identifiers())
class NoGroups(string.Template):
    pattern = r'@(?P<named>[a-z]+)|(?P<other>%)'
print(NoGroups('@ok').substitute(ok=1))
try:
    NoGroups('x % y').substitute()
except IndexError as e:
    print('IndexError', e)
t = string.Template('a $b\n  $ c\n$d')
for call in [t.substitute, lambda: string.Template('$x').substitute({'x': 1}, x=2), lambda: string.Template('$x').substitute({}, y=2),
             lambda: string.Template(5).substitute(), lambda: string.Template('\n\n$').substitute(), lambda: string.Template('${a').substitute(a=1)]:
    try:
        print(call())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(string.Template('$a${a}$$a').get_identifiers(), string.Template('$$').is_valid(), string.Template('${').is_valid())
print(repr(string.capwords('')), repr(string.capwords('  leading and trailing  ')), string.capwords('x\ty\nz'), string.capwords('ab,cd', ','))
print(repr(string.capwords('a  b', ' ')), string.capwords('mIxEd CaSe'), string.capwords('ünïcode ÉCOLE'))
