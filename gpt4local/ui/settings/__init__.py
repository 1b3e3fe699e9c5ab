"""The settings: pages, validation, the chat-template editor."""
