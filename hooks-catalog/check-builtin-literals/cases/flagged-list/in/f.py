list()
