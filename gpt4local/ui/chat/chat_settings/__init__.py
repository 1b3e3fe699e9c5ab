"""The chat's own settings, in a panel on the right of the chat: values.py holds them, panel.py
shows and edits them, placement.py puts the panel beside (or over) the conversation."""
