from pudb import set_trace; set_trace()
