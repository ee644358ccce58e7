if x:
     True:
        pass
