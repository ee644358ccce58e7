class A: return
