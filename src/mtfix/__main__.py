"""`python -m mtfix` runs the command line."""

from mtfix.cli import main

main()
