# Converting a huge int to float.
print(float(10 ** 308))
print(float(10 ** 309))
