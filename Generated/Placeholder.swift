// PLACEHOLDER: vidu-codegen writes this folder.
