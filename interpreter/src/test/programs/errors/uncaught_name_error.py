# An undefined name.
count = 1
print(count)
print(cuont)
