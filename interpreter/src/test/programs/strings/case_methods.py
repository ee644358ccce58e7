# Case conversion and case predicates.
s = 'hello World, ÉCOLE straße'
print(s.upper())
print(s.lower())
print(s.capitalize())
print(s.title())
print(s.swapcase())
print(s.casefold())
print('abc'.isupper(), 'ABC'.isupper(), 'Abc'.istitle(), 'abc'.islower(), '123'.islower())
print('Hello'.istitle(), "they're bill's".title())
