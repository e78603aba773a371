"""Outputs: one module per format, ``generate_x`` (to a string) and ``write_x`` (to a file)."""
