# String literal forms and escapes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\tend', 'back\\slash')
print('a' 'b' "c")
print(r'raw\n\t', R"raw\\")
print('\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}')
print('\101\060', len('\0'), repr('\0'))
print("""line one
line two""")
print('multi\
line')
print(len('h\u00e9llo'), len('日本語'), len('😀'))
