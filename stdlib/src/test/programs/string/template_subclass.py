# Template with a custom delimiter, identifier listing and validity checks.
import string
class Percent(string.Template):
    delimiter = '%'
t = Percent('%name earns %%%pay per %{unit}')
print(t.substitute(name='Ann', pay=40, unit='hour'))
print(sorted(string.Template('$a $b ${a} $$c').get_identifiers()))
print(string.Template('$ok and $9bad').is_valid(), string.Template('$ok').is_valid())
print(string.Template('${first}_$second').safe_substitute({'first': 'one'}))
