int()
