# os.environ behaves like a mutable mapping of strings.
import os
key = 'SKEIN_TEST_VARIABLE_THAT_IS_NOT_SET'
print(key in os.environ, os.environ.get(key), os.environ.get(key, 'fallback'), os.getenv(key, 'via getenv'))
os.environ[key] = 'value ✓'
print(key in os.environ, os.environ[key], os.getenv(key))
del os.environ[key]
print(key in os.environ)
try:
    os.environ[key]
except KeyError as e:
    print('KeyError', e)
try:
    os.environ[key] = 5
except TypeError as e:
    print('TypeError', e)
print(all([isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()]))
