# A large generated module (about a megabyte of source) imports and runs correctly.
import os
import sys
sys.dont_write_bytecode = True
directory = __file__ + '.tmpdir'
os.mkdir(directory)
path = os.path.join(directory, 'generated_big.py')
with open(path, 'w') as f:
    f.write('"""Generated."""\n')
    for i in range(12000):
        f.write(f'def function_{i}(x, y={i}):\n    return x * {i} + y  # a comment to make the line longer\n')
    f.write('TABLE = [\n')
    for i in range(8000):
        f.write(f'    ({i}, "{i:x}", {i / 7!r}),\n')
    f.write(']\n')
print(os.path.getsize(path) > 1000000)
sys.path.insert(0, directory)
try:
    import generated_big
    print(generated_big.function_0(5), generated_big.function_11999(2), len(generated_big.TABLE))
    print(generated_big.TABLE[7999], sum([row[0] for row in generated_big.TABLE]))
finally:
    os.remove(path)
    os.rmdir(directory)
print(os.path.exists(directory))
