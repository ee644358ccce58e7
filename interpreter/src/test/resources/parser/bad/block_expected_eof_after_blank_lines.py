class A:
    

