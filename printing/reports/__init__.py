"""The shift lead's reports on paper (pdf.py) and from the command line (cli.py)."""
