str()
