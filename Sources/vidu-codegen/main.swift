print("vidu-codegen: not yet")
