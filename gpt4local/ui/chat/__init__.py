"""The Chats page: conversations, the message box, the model picker."""
