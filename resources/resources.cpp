// Anchor for the resources library: the files are compiled in by qt_add_resources.
