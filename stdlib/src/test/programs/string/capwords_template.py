# string.capwords and string.Template.
import string
print(string.capwords('hello   wonderful  world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}s, costs $$5')
print(t.substitute(who='Tim', what='kipper'))
print(t.substitute({'who': 'Ann', 'what': 'apple'}))
print(t.safe_substitute(who='Bob'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
print(t.template)
