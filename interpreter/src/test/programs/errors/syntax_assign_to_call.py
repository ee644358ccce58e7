# Assigning to a function call.
f() = 3
