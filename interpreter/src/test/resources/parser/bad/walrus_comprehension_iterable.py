x = [i for i in range(3) if (j := i) for k in (m := 1)]
