# return outside a function.
print("module level")
return 5
