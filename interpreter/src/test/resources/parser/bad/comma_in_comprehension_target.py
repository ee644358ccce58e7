x = {f for f  always(y) if f}
