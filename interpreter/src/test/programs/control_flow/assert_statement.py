# assert with and without messages.
assert True
assert 1 + 1 == 2, 'math works'
try:
    assert 1 > 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert [], 'list was empty'
except AssertionError as e:
    print('AssertionError', e)
try:
    value = 7
    assert value % 2 == 0, f'{value} is odd'
except AssertionError as e:
    print('AssertionError', e)
assert isinstance('s', str), 'never evaluated ' + undefined_name
print('done')
