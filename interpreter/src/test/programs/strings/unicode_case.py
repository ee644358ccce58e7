# Full Unicode case mapping: characters that change length, final sigma, titlecase digraphs.
print('ß'.upper(), 'ß'.title(), 'ß'.capitalize(), 'ß'.casefold(), 'ß'.swapcase(), 'ẞ'.lower(), 'ẞ'.casefold())
print(repr('İ'.lower()), len('İ'.lower()), 'İ'.casefold() == 'i̇', 'ı'.upper(), 'ı'.casefold(), 'i'.upper())
print('ﬁ'.upper(), 'ﬁ'.title(), 'ﬃ'.capitalize(), 'ŉ'.upper(), 'ŉ'.title(), 'ǰ'.upper(), 'ΐ'.upper())
print('ǆ'.upper(), 'ǆ'.title(), 'ǅ'.lower(), 'ǅ'.upper(), 'ǅ'.swapcase(), 'ǅ'.istitle(), 'Ǆ'.isupper())
print('ᾳ'.upper(), 'ᾳ'.title(), 'ᾲ'.title(), 'ᾀ'.title(), 'ᾈ'.lower(), 'ᾷ'.title(), 'ᾼ'.swapcase())
print('ΣΑΣ'.lower(), 'ΣΑΣ ΣΑΣ.'.lower(), 'Σ'.lower(), 'ΑΣ'.title(), 'ΑΣ\'Α'.lower(), 'ΑΣ.'.lower())
print('ὈΔΥΣΣΕΎΣ'.lower(), 'ΌΣΟΣ'.capitalize(), 'σας'.upper(), 'ς'.casefold(), 'ΣΑΣ'.swapcase())
print("they're bill's friends from the UK".title(), "o'neil mcdonald-smith".title(), '1st 2nd 3RD'.title())
print('hello WORLD'.swapcase(), 'ĳ'.title(), 'Ꭰ'.lower(), 'ꭰ'.upper(), 'ꭰ'.casefold(), 'Ꭰ'.casefold())
print('ǈ'.isupper(), 'ǈ'.islower(), 'Ǉ'.istitle(), 'ǈenak'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle())
print('ABC1'.isupper(), 'abc1'.islower(), '123'.isupper(), 'ª'.islower(), 'ʰ'.islower(), 'Ⅰ'.isupper(), 'ⅰ'.lower())
print('µ'.upper(), 'µ'.casefold(), 'ſ'.upper(), 'ſ'.casefold(), 'K'.lower(), 'Å'.lower(), 'ÿ'.upper())
# Whole blocks, to compare every mapping in them.
for name, method in [('upper', str.upper), ('lower', str.lower), ('title', str.title), ('swapcase', str.swapcase),
                     ('casefold', str.casefold), ('capitalize', str.capitalize)]:
    # U+019B is left out: its uppercase is new in Unicode 16, which Java knows and CPython 3.11 does not.
    for start, end in [(0x41, 0x19B), (0x19C, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x2000), (0x2C00, 0x2D30)]:
        text = ''
        c = start
        while c < end:
            text += chr(c) + ' '
            c += 1
        print(name, hex(start), method(text))
