int(base=2)
