import ipdb; ipdb.set_trace()
