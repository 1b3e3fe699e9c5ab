"""The window in the user's language: which language, its translators, and numbers as it writes
them. Conventions and workflow: resources/translations/README.md."""
