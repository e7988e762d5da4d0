x = "foo"
