dict()
