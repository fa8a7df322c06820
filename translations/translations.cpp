// Anchor for the translations library: .qm files are compiled in as resources.
