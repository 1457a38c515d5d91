"""Alembic migrations of guadan's schema.

HEAD names the newest revision so that a start on an up-to-date database can skip loading
Alembic altogether (about 0.1 s of every start); a test keeps it equal to Alembic's head.
"""

HEAD = "0014"
