# The format-spec mini-language applied to ints.
n = 1234567
for spec in ['', 'd', '10d', '<10d', '^10', '>10', '=+10', '010', ',', '_', '_x', '#_b', '+,', ' d',
             'x', '#X', 'o', '#o', 'b', 'n', 'e', '.2f', '%', 'c']:
    print(repr(spec), repr(format(n if spec != 'c' else 9731, spec)))
print(format(-42, '08'), format(-42, '=8'), format(-42, '*<8'), format(0, '#x'))
print(format(10**25, ','), format(-(10**20), '_'))
