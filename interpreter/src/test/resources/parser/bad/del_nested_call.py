del [a, (b, c())]
