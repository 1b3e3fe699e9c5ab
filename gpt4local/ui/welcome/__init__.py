"""The Home page: the welcome of a first start, and the way back into chatting."""
