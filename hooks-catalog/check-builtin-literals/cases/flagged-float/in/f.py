float()
