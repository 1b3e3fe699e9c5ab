"""Model files and where they come from: GGUF headers and checks, the catalog, Hugging Face, the
library of installed models.
"""
