"""The conversation as the user reads it, and the streaming answer."""
