# A tuple index out of range inside a loop.
point = (1, 2)
for i in range(3):
    print(point[i])
