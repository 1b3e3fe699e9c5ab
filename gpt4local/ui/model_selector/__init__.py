"""The model selector at the top of the chat: the model in use, its load in progress, and a
searchable popup of the models it can load, grouped by where they run."""
