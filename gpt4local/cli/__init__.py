"""The command line: `gpt4local` and its sub-commands (argparse)."""
