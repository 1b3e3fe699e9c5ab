"""gpt4local: a private ChatGPT that runs entirely on your own computer."""

__version__ = "0.1.0"
APP_NAME = "gpt4local"
