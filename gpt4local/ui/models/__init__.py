"""The Models page: catalog, Hugging Face, installed models, downloads."""
