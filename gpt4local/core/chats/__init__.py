"""Saved conversations: the SQLite store, export and import, titles, Markdown rendering."""
