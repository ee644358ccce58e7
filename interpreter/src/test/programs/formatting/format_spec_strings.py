# The format-spec mini-language applied to strings.
s = 'héllo'
for spec in ['', '10', '<10', '>10', '^10', '^9', '*^11', '.2', '10.3', '-<7', '0>8']:
    print(repr(spec), repr(format(s, spec)))
print(repr(format('🐍', '^5')), repr(format('日本', '>6')))
for bad in ['d', '+', '=10', ',']:
    try:
        format(s, bad)
    except ValueError as e:
        print('ValueError', e)
