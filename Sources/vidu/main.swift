print("vidu: not yet")
