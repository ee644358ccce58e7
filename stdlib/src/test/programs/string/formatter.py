# string.Formatter gives str.format semantics programmatically.
import string
f = string.Formatter()
print(f.format('{0} + {1} = {total}', 2, 3, total=5))
print([(lit, field, spec) for lit, field, spec, conv in f.parse('a{x:>4}b{}c')])
print(f.vformat('{name!r:^10}', (), {'name': 'z'}))
