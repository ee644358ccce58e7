# Two expressions without an operator.
x = 1 2
