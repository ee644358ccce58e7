# Character classes per Unicode: digits in other forms, numerals, spaces, identifiers, printability.
samples = ['²', '①', '⑩', '½', 'Ⅻ', 'ⅻ', '一', '万', '零', '٣', '߀', '𝟘', '፩', '〇', 'x²', '²x', '१२', 'Ⅷ2',
           '\u3000', '\x1c', '\x1f', '\x85', '\xa0', '\u2028', '\u200b', '\ufeff', '\t\n\x0b\x0c\r ',
           'ª', 'ǅ', 'ʰ', 'ⁿ', '_', '_1', 'a·b', 'µ', 'é', 'ℌ', '℘x', '℮', '۰', 'a\u0301', '\u0301a', '〺',
           '\x7f', '\xad', '\u0378', '\ue000', '🐍', 'a b', '\u2060', '\u061c']
for s in samples:
    print(ascii(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.islower(), s.isupper(), s.istitle())
digits = ''
c = 0
while c < 0x3000:
    if chr(c).isdigit() and not chr(c).isdecimal():
        digits += chr(c)
    c += 1
print(ascii(digits))
spaces = ''
c = 0
while c < 0x3100:
    if chr(c).isspace():
        spaces += chr(c)
    c += 1
print(ascii(spaces))
print(ascii('a\x1cb\x1dc\x1ed\x1fe\x85f\u2028g\u3000h'.split()))
print(ascii('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i\r\nj\n\rk'.splitlines()))
print(ascii('\x1f\x1c x \x85\u3000'.strip()), ascii(' a '.lstrip()), ascii('\u2000a\u200a'.rstrip()))
