"""Hugging Face: search and file lists through huggingface-hub, its environment under our folders,
and the access token.
"""
