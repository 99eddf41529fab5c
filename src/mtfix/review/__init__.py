"""Human review of suggested fixes: interactive (`mtfix review`) and offline (`mtfix apply`).

Both paths end in the same place: a list of accepted `Edit`s, checked for overlaps
(reported, never merged) and applied by `mtfix.fixer.apply_edits`, then written back
atomically in the file's own encoding, BOM and newline style.
"""
