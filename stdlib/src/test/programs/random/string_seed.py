# Seeding with str and bytes (hashed with SHA-512 in CPython's version 2 seeding).
import random
random.seed('hello')
print(random.random(), random.randint(1, 1000))
random.seed(b'hello')
print(random.random())
random.seed('')
print(random.random())
