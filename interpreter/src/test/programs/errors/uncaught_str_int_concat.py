# Concatenating str and int.
age = 30
print('Age: ' + age)
