"""The web viewer and HTTP API (needs the ``api`` extra): ``saidwhat.web.app.create_app``.

Importing this package imports nothing heavy; ``saidwhat serve`` builds the app.
"""
