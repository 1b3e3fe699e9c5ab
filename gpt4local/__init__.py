"""gpt4local: a private ChatGPT that runs entirely on your own computer."""

from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "gpt4local"

# Where the package lives (a checkout, site-packages or a frozen bundle): the one anchor for
# paths next to it, so moving a module between folders never breaks them.
PACKAGE_DIR = Path(__file__).resolve().parent
