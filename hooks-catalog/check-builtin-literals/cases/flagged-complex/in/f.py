complex()
