x = {"a": int()}
éé = dict()
